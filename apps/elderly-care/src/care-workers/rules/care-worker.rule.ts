// Certified care workers (养老护理员, DOMAIN §4: city 44) of an institution: the national
// vocational skill levels of the certificate and the checks on an employment period. Pure.
import { isCalendarDate } from '@app/common/time/calendar-date';

/** 国家职业技能等级 of 养老护理员, from 五级 to 一级. */
export const CERTIFICATE_LEVELS = ['JUNIOR', 'INTERMEDIATE', 'SENIOR', 'TECHNICIAN', 'SENIOR_TECHNICIAN'] as const;
export type CertificateLevel = (typeof CERTIFICATE_LEVELS)[number];

export const CERTIFICATE_LEVEL_LABELS: Readonly<Record<CertificateLevel, string>> = {
  JUNIOR: '初级工（五级）',
  INTERMEDIATE: '中级工（四级）',
  SENIOR: '高级工（三级）',
  TECHNICIAN: '技师（二级）',
  SENIOR_TECHNICIAN: '高级技师（一级）',
};

export interface CareWorkerRefusal {
  code: 'CARE_WORKER.DATE_INVALID';
  field: 'workingFrom' | 'workingTo';
  detail: string;
}

/** From a real day not in the future; to (when known) a real day not before from. */
export function employmentRefusal(period: { workingFrom: string; workingTo?: string | null }, today: string): CareWorkerRefusal | null {
  if (!isCalendarDate(period.workingFrom) || period.workingFrom > today) {
    return { code: 'CARE_WORKER.DATE_INVALID', field: 'workingFrom', detail: 'workingFrom must be a real date, not in the future' };
  }
  if (period.workingTo != null && (!isCalendarDate(period.workingTo) || period.workingTo < period.workingFrom)) {
    return { code: 'CARE_WORKER.DATE_INVALID', field: 'workingTo', detail: 'workingTo must be a real date, not before workingFrom' };
  }
  return null;
}

/** Whether a worker works at the institution on `day` (both ends inclusive). */
export function worksOn(period: { workingFrom: string; workingTo: string | null }, day: string): boolean {
  return period.workingFrom <= day && (period.workingTo === null || period.workingTo >= day);
}
