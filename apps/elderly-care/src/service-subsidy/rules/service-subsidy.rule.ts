// Service subsidy for people aged 80+ enrolled in 低保/特困 (DOMAIN §4). Pure.
import { YearMonth } from '@app/common/time/year-month';
import { firstMonthAtAge, type StartRule } from '../../allowances/rules/high-age-allowance.rule';

export const SERVICE_SUBSIDY_AMOUNT_POLICY_KEY = 'elderly-care.service-subsidy.monthly-fen';
export const SERVICE_SUBSIDY_MIN_AGE_POLICY_KEY = 'elderly-care.service-subsidy.min-age';

/**
 * Whose enrollment carries the subsidy: 低保, and 特困 in dispersed care (分散供养) only; people in
 * central care (集中供养) are cared for by their institution. A 特困 enrollment whose care form is
 * not known is not paid: the subsidy needs the evidence.
 */
export function programCarriesSubsidy(program: string, careForm: string | null): boolean {
  if (program === 'DIBAO') return true;
  return program === 'TEKUN' && careForm === 'DISPERSED';
}

export interface SubsidyFacts {
  birthDate: string;
  enrolledFrom: YearMonth;
  /** First month no longer enrolled, when known. */
  enrollmentStopFrom: YearMonth | null;
  dateOfDeath: string | null;
  /** Day of a move away, when one is recorded. */
  movedOn?: string | null;
}

export interface SubsidyPeriod {
  fromMonth: YearMonth;
  /** First month not paid, or null while open. */
  stopFromMonth: YearMonth | null;
}

/**
 * The months the subsidy covers: from the later of enrollment and reaching `minAge` (by the start
 * rule) until the earliest of the enrollment's end and the month after a death or a move away.
 * Null when empty.
 */
export function subsidyPeriod(facts: SubsidyFacts, minAge: number, rule: StartRule): SubsidyPeriod | null {
  const ageFrom = firstMonthAtAge(facts.birthDate, minAge, rule);
  const fromMonth = ageFrom.isAfter(facts.enrolledFrom) ? ageFrom : facts.enrolledFrom;
  const ends = [facts.enrollmentStopFrom, facts.dateOfDeath ? YearMonth.fromDate(facts.dateOfDeath).next() : null, facts.movedOn ? YearMonth.fromDate(facts.movedOn).next() : null].filter((m): m is YearMonth => m !== null);
  const stopFromMonth = ends.length === 0 ? null : ends.reduce((a, b) => (b.isBefore(a) ? b : a));
  if (stopFromMonth && !stopFromMonth.isAfter(fromMonth)) return null;
  return { fromMonth, stopFromMonth };
}
