// The work lists of 工作台 by key, in tab order, and who reads them. Pure.

export type WorkListKey = 'investigation' | 'notice' | 'approval' | 'reviews' | 'school' | 'vagrant' | 'overpayments' | 'divorces';

export const WORK_LIST_KEYS: readonly WorkListKey[] = ['investigation', 'notice', 'approval', 'reviews', 'school', 'vagrant', 'overpayments', 'divorces'];

/** Every platform role (docs/security.md: the list routes' READERS). */
export const WORK_LIST_ROLES: readonly string[] = ['operator', 'reviewer', 'approver', 'auditor', 'admin'];

/** The list a URL names, or the first one. */
export function parseList(value: string | null): WorkListKey {
  return WORK_LIST_KEYS.find((key) => key === value) ?? 'investigation';
}
