// A case's status as caseworkers read it: the Chinese label and the colour of its tag. Pure.
import type { components } from '../../api/generated/social-assistance';
import { t } from '../../locale/zh-CN';

export type CaseResponse = components['schemas']['CaseResponse'];
export type CaseStatus = CaseResponse['status'];

const COLORS: Readonly<Record<CaseStatus, string>> = {
  APPLIED: 'blue',
  IN_PUBLIC_NOTICE: 'gold',
  APPROVED: 'green',
  ACTIVE: 'green',
  SUSPENDED: 'orange',
  STOPPED: 'default',
  REJECTED: 'red',
};

/** 申请中, 公示中, 已批准 …; a status the console does not know yet shows as it is named. */
export function caseStatusLabel(status: string): string {
  return t.cases.statuses[status] ?? status;
}

export function caseStatusColor(status: string): string {
  return COLORS[status as CaseStatus] ?? 'default';
}

/** A label from a table of codes, or the code itself when the table does not know it. */
export function labelOf(table: Readonly<Record<string, string>>, code: string | null | undefined): string {
  if (code === null || code === undefined || code === '') return '—';
  return table[code] ?? code;
}
