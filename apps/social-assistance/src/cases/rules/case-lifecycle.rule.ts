// Lifecycle of a 低保/特困 case: 低保 APPLIED → IN_PUBLIC_NOTICE (investigation done, 公示 posted)
// → APPROVED | REJECTED; 特困 APPLIED → APPROVED | REJECTED; APPROVED → ACTIVE (first payroll);
// APPROVED | ACTIVE → SUSPENDED | STOPPED; SUSPENDED → ACTIVE | STOPPED. Payment starts the month
// after approval (DOMAIN §1 [A]).
import { YearMonth } from '@app/common/time/year-month';

export const CASE_STATUSES = ['APPLIED', 'IN_PUBLIC_NOTICE', 'APPROVED', 'REJECTED', 'ACTIVE', 'SUSPENDED', 'STOPPED'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export type Program = 'DIBAO' | 'TEKUN';
export type CaseAction = 'START_NOTICE' | 'APPROVE' | 'REJECT' | 'ACTIVATE' | 'SUSPEND' | 'RESUME' | 'STOP';

const TRANSITIONS: Record<CaseAction, { from: readonly CaseStatus[]; to: CaseStatus; program?: Program }> = {
  START_NOTICE: { from: ['APPLIED'], to: 'IN_PUBLIC_NOTICE', program: 'DIBAO' },
  APPROVE: { from: ['APPLIED', 'IN_PUBLIC_NOTICE'], to: 'APPROVED' },
  REJECT: { from: ['APPLIED', 'IN_PUBLIC_NOTICE'], to: 'REJECTED' },
  ACTIVATE: { from: ['APPROVED'], to: 'ACTIVE' },
  SUSPEND: { from: ['APPROVED', 'ACTIVE'], to: 'SUSPENDED' },
  RESUME: { from: ['SUSPENDED'], to: 'ACTIVE' },
  STOP: { from: ['APPROVED', 'ACTIVE', 'SUSPENDED'], to: 'STOPPED' },
};

/** The status after `action` on a case of `program`, or null when the action is not allowed from `status`. */
export function nextStatus(status: CaseStatus, action: CaseAction, program: Program): CaseStatus | null {
  const transition = TRANSITIONS[action];
  if (transition.program && transition.program !== program) return null;
  // 低保 is approved only after its public notice (DOMAIN §1); 特困 has no notice step.
  if (program === 'DIBAO' && action === 'APPROVE' && status !== 'IN_PUBLIC_NOTICE') return null;
  return transition.from.includes(status) ? transition.to : null;
}

/** First paid month: the month after the approval date. */
export function paymentStartMonth(approvedOn: string): YearMonth {
  return YearMonth.fromDate(approvedOn).next();
}

/**
 * Whether a case is payable for `month`: approved, active, or stopped from a later month (a stop
 * decided ahead of time still pays the months before it), started, and not stopped by then.
 */
export function payableInMonth(c: { status: CaseStatus; startMonth: string | null; stopFromMonth: string | null }, month: YearMonth): boolean {
  if (c.status !== 'APPROVED' && c.status !== 'ACTIVE' && c.status !== 'STOPPED') return false;
  if (!c.startMonth || YearMonth.parse(c.startMonth).isAfter(month)) return false;
  return !c.stopFromMonth || YearMonth.parse(c.stopFromMonth).isAfter(month);
}

/** A member counts in a month unless they died in an earlier month (the death month is paid in full). */
export function countsInMonth(deceasedOn: string | null, month: YearMonth): boolean {
  return deceasedOn === null || !YearMonth.fromDate(deceasedOn).isBefore(month);
}

/** When a person belongs to a household and to its 低保 (missing periods: from the start, open). */
export interface MemberPeriods {
  deceasedOn: string | null;
  joinedMonth?: string | null;
  leftMonth?: string | null;
  dibaoExcludedFrom?: string | null;
}

const reached = (from: string | null | undefined, month: YearMonth): boolean => !!from && !YearMonth.parse(from).isAfter(month);

/** A member of the household in `month`: joined by then and not left yet (death aside). */
export function inHouseholdInMonth(m: MemberPeriods, month: YearMonth): boolean {
  return (!m.joinedMonth || reached(m.joinedMonth, month)) && !reached(m.leftMonth, month);
}

/**
 * Counted in the household's 低保 for `month`: alive in (part of) the month, a member then, and
 * not covered by 特困 instead (DOMAIN §1–2: one person, one guarantee).
 */
export function countsForDibaoInMonth(m: MemberPeriods, month: YearMonth): boolean {
  return countsInMonth(m.deceasedOn, month) && inHouseholdInMonth(m, month) && !reached(m.dibaoExcludedFrom, month);
}

/** The members a 低保 assessment for `month` looks at: living now, in the household then, not in 特困. */
export function livingDibaoMembers<T extends MemberPeriods>(members: readonly T[], month: YearMonth): T[] {
  return members.filter((m) => m.deceasedOn === null && inHouseholdInMonth(m, month) && !reached(m.dibaoExcludedFrom, month));
}
