// The child allowance (DOMAIN §5, §8) for orphans and de facto unsupported children. Pure: the
// facts, the month, the thresholds and the amounts are parameters.
//
// A month is due when the child held a qualifying category at the end of the previous month:
// the allowance starts the month after the category is established, and after a death, an
// adoption, the 18th birthday or leaving the category, that month is still paid in full and the
// allowance stops from the next (DOMAIN §0 stop timing). It never starts before the month after
// the child was registered in the ledger.
import { coveringSpell, type EnrollmentSpell } from '@app/common/read-models/rules/enrollment-spells.rule';
import { YearMonth } from '@app/common/time/year-month';
import { ageOn } from '@app/common/resident-id/resident-id';
import { ADULT_AGE, addMonths, deriveCategories, type CategoryPolicy, type ChildFacts } from '../../categories/rules/child-category.rule';

export const ALLOWANCE_DISPERSED_POLICY_KEY = 'child-welfare.allowance.dispersed-fen-per-month';
export const ALLOWANCE_CENTRAL_POLICY_KEY = 'child-welfare.allowance.central-fen-per-month';

export type AllowanceCategory = 'ORPHAN' | 'DE_FACTO_UNSUPPORTED';
export type CareForm = 'DISPERSED' | 'CENTRAL';
export type NotDueReason = 'NOT_IN_CATEGORY' | 'NOT_YET_DUE' | 'DECEASED' | 'ADOPTED' | 'ADULT';

export interface AllowanceFacts extends ChildFacts {
  registeredOn: string;
  /** The child's own death. */
  deceasedOn: string | null;
}

export type MonthDecision =
  | { due: true; category: AllowanceCategory; fromMonth: YearMonth }
  | { due: false; reason: NotDueReason; fromMonth: YearMonth | null };

/** The qualifying category on a day, or null. */
export function allowanceCategory(facts: AllowanceFacts, onDate: string, t: CategoryPolicy): AllowanceCategory | null {
  if (facts.deceasedOn !== null && facts.deceasedOn <= onDate) return null;
  const categories = deriveCategories(facts, onDate, t);
  if (categories.includes('ORPHAN')) return 'ORPHAN';
  if (categories.includes('DE_FACTO_UNSUPPORTED')) return 'DE_FACTO_UNSUPPORTED';
  return null;
}

/** The days on which the qualification can change; between them it is constant. */
function changeDays(facts: AllowanceFacts, t: CategoryPolicy): string[] {
  const days = [facts.birthDate, addMonths(facts.birthDate, ADULT_AGE * 12)];
  if (facts.adoptedOn) days.push(facts.adoptedOn);
  if (facts.deceasedOn) days.push(facts.deceasedOn);
  for (const g of [...facts.guardians, ...(facts.guardiansBeforeAdoption ?? [])]) {
    if (g.deceasedOn) days.push(g.deceasedOn);
    if (g.missingSince) days.push(g.missingSince, addMonths(g.missingSince, t.missingMonths));
    if (g.jailedSince) days.push(g.jailedSince, addMonths(g.jailedSince, t.jailedMonths));
    if (g.jailedSince && g.sentenceMonths) days.push(addMonths(g.jailedSince, g.sentenceMonths));
  }
  return days;
}

/** The first day of the unbroken qualifying spell that includes `asOf`, or null when not qualifying then. */
export function qualifyingSince(facts: AllowanceFacts, asOf: string, t: CategoryPolicy): string | null {
  if (!allowanceCategory(facts, asOf, t)) return null;
  const days = [...new Set(changeDays(facts, t).filter((d) => d >= facts.birthDate && d <= asOf))].sort().reverse();
  let since = days[0] ?? facts.birthDate;
  for (const day of days.slice(1)) {
    if (!allowanceCategory(facts, day, t)) break;
    since = day;
  }
  return since;
}

function later(a: YearMonth, b: YearMonth): YearMonth {
  return a.isAfter(b) ? a : b;
}

/** First month paid for the spell that includes `asOf`. */
export function firstMonthOfSpell(facts: AllowanceFacts, asOf: string, t: CategoryPolicy): YearMonth | null {
  const since = qualifyingSince(facts, asOf, t);
  if (since === null) return null;
  return later(YearMonth.fromDate(since).next(), YearMonth.fromDate(facts.registeredOn).next());
}

function notQualifyingReason(facts: AllowanceFacts, onDate: string): NotDueReason {
  if (facts.deceasedOn !== null && facts.deceasedOn <= onDate) return 'DECEASED';
  if (facts.adoptedOn != null && facts.adoptedOn <= onDate) return 'ADOPTED';
  if (onDate >= facts.birthDate && ageOn(facts.birthDate, onDate) >= ADULT_AGE) return 'ADULT';
  return 'NOT_IN_CATEGORY';
}

/** Whether `month` is due, by the category held on the last day of the month before. */
export function allowanceForMonth(facts: AllowanceFacts, month: YearMonth, t: CategoryPolicy): MonthDecision {
  const asOf = month.previous().lastDay();
  const category = allowanceCategory(facts, asOf, t);
  if (!category) return { due: false, reason: notQualifyingReason(facts, asOf), fromMonth: null };
  const fromMonth = firstMonthOfSpell(facts, asOf, t)!;
  if (month.isBefore(fromMonth)) return { due: false, reason: 'NOT_YET_DUE', fromMonth };
  return { due: true, category, fromMonth };
}

/** Where the child stands today: the category held and the first month paid for it. */
export function allowanceStatusOn(facts: AllowanceFacts, today: string, t: CategoryPolicy) {
  const category = allowanceCategory(facts, today, t);
  if (!category) return { category: null, since: null, fromMonth: null, reason: notQualifyingReason(facts, today) };
  return { category, since: qualifyingSince(facts, today, t), fromMonth: firstMonthOfSpell(facts, today, t), reason: null };
}

/** Policy value of a monthly standard: a positive whole number of fen. */
export function parseMonthlyFen(key: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value <= 0) throw new RangeError(`${key} must be a positive whole number of fen`);
  return value;
}

export interface AssistanceSpell extends EnrollmentSpell {
  program: string;
}

/**
 * 低保/特困 covering the child in `month`, if any. DOMAIN §5 [A]: the child allowance takes
 * precedence, so the allowance is paid and the overlap is reported for social-assistance to stop
 * its own payment to the child.
 */
export function overlappingProgram(spells: readonly AssistanceSpell[], month: YearMonth): string | null {
  return coveringSpell(spells, month.toString())?.program ?? null;
}
