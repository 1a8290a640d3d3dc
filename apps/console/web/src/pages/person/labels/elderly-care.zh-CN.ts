// Codes of elderly-care (high-age allowance, service subsidy, registry, home care) as caseworkers
// read them. Typed by the generated client where the service declares the values.
import type { components } from '../../../api/generated/elderly-care';

type S = components['schemas'];

export const ALLOWANCE_KIND_LABELS: Readonly<Record<S['AllowanceRecord']['kind'], string>> = {
  HIGH_AGE: '高龄津贴',
  SERVICE_SUBSIDY: '养老服务补贴',
};

/** Tiers are policy data; these are the city's (seeds), any other shows by its name. */
export const ALLOWANCE_TIER_LABELS: Readonly<Record<string, string>> = {
  AGE_80_99: '80–99 周岁',
  AGE_100_PLUS: '100 周岁及以上',
};

export const ALLOWANCE_STOP_REASON_LABELS: Readonly<Record<string, string>> = {
  DECEASED: '死亡',
  MOVED_AWAY: '迁出',
  ENROLLMENT_ENDED: '低保/特困终止',
  TIER_CHANGED: '调整档次',
};

/** The service records open receivables; recovery and write-off are not built there yet. */
export const ELDER_OVERPAYMENT_STATUS_LABELS: Readonly<Record<string, string>> = {
  OPEN: '待追回',
};

export const MOVE_SOURCE_LABELS: Readonly<Record<string, string>> = {
  PUBLIC_SECURITY: '公安户籍',
  REGISTRY: '户籍登记',
  CIVIL_REGISTRATION: '民政登记',
  VILLAGE: '村（居）委会',
};

export const DISCHARGE_REASON_LABELS: Readonly<Record<string, string>> = {
  RETURNED_HOME: '回家',
  TRANSFERRED: '转院',
  HOSPITAL: '住院',
  DECEASED: '死亡',
  OTHER: '其他',
};
