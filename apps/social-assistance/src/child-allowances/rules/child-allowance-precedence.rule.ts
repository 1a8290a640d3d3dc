// DOMAIN §5 [A]: the child allowance takes precedence over 低保/特困 for the same child. Pure.
import { YearMonth } from '@app/common/time/year-month';

/**
 * The first month 低保/特困 no longer covers the child: the allowance's first month, or the
 * case's own first month when the case starts later (a case never stops before it starts).
 */
export function coverageStopsFrom(allowanceFromMonth: YearMonth, caseStartMonth: string | null): YearMonth {
  if (caseStartMonth !== null && YearMonth.parse(caseStartMonth).isAfter(allowanceFromMonth)) return YearMonth.parse(caseStartMonth);
  return allowanceFromMonth;
}

/**
 * Whether the whole case stops: a 特困 or 单人户 case covers only the child, and a 低保 household
 * with nobody else counted from that month has no one left to pay.
 */
export function caseStopsWithChild(caseCoversOnePerson: boolean, othersCountedFromThen: number): boolean {
  return caseCoversOnePerson || othersCountedFromThen === 0;
}

/** The earlier of an existing exclusion from 低保 (e.g. 特困) and the allowance's first month. */
export function dibaoExcludedFrom(existing: string | null, allowanceFromMonth: YearMonth): string {
  if (existing !== null && !YearMonth.parse(existing).isAfter(allowanceFromMonth)) return existing;
  return allowanceFromMonth.toString();
}
