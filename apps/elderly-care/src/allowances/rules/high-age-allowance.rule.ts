// 高龄津贴 high-age allowance without application (免申即享), DOMAIN §4. Pure: no clock, no I/O.
import type { PolicyPeriods } from '@app/common/policy/policy-periods';
import { YearMonth } from '@app/common/time/year-month';
import { isLeapYear } from '@app/common/time/calendar-date';
import { allowanceTierSchema, type AllowanceTier } from '@app/contracts/elderly-care/allowance';

export const HIGH_AGE_TIERS_POLICY_KEY = 'elderly-care.high-age-allowance.tiers';
export const HIGH_AGE_START_RULE_POLICY_KEY = 'elderly-care.high-age-allowance.start-rule';
/** How many months before the month of a run a late grant (and the payroll) reaches back. */
export const LOOK_BACK_MONTHS_POLICY_KEY = 'elderly-care.allowance.look-back-months';

/**
 * MONTH_AFTER_BIRTHDAY: paid from the month after the birthday; BIRTHDAY_MONTH: from the birthday
 * month; MONTH_AFTER_APPROVAL: the grant (the job's run for a month, at the earliest in the
 * birthday month) is the approval, and payment starts the month after it.
 */
export const START_RULES = ['MONTH_AFTER_BIRTHDAY', 'BIRTHDAY_MONTH', 'MONTH_AFTER_APPROVAL'] as const;
export type StartRule = (typeof START_RULES)[number];
export const DEFAULT_START_RULE: StartRule = 'MONTH_AFTER_BIRTHDAY';

export interface HighAgeTier {
  tier: AllowanceTier;
  minAge: number;
  monthlyAmountFen: number;
}

export interface HighAgeTiersPolicy {
  tiers: HighAgeTier[];
}

/**
 * The day a person born on `birthDate` turns `age`. A 29 February birthday in a non-leap year
 * counts on 1 March, as `ageOn` reads it.
 */
export function birthdayAt(birthDate: string, age: number): string {
  const [y, m, d] = birthDate.split('-').map(Number);
  const year = y + age;
  if (m === 2 && d === 29 && !isLeapYear(year)) return `${year}-03-01`;
  return `${year}-${birthDate.slice(5)}`;
}

/** The first month in which the grant for `age` may be made (under MONTH_AFTER_APPROVAL: approved). */
export function grantableFrom(birthDate: string, age: number, rule: StartRule): YearMonth {
  const birthdayMonth = YearMonth.fromDate(birthdayAt(birthDate, age));
  return rule === 'MONTH_AFTER_BIRTHDAY' ? birthdayMonth.next() : birthdayMonth;
}

/** The first month paid by a grant made for `grantMonth`: the month after under MONTH_AFTER_APPROVAL. */
export function grantFromMonth(rule: StartRule, grantMonth: YearMonth): YearMonth {
  return rule === 'MONTH_AFTER_APPROVAL' ? grantMonth.next() : grantMonth;
}

/**
 * First month in which someone of that birth date is paid as `age` under the start rule, when
 * granted at the earliest (MONTH_AFTER_APPROVAL: approved in the birthday month).
 */
export function firstMonthAtAge(birthDate: string, age: number, rule: StartRule): YearMonth {
  return grantFromMonth(rule, grantableFrom(birthDate, age, rule));
}

export interface TierInMonth {
  tier: AllowanceTier;
  monthlyAmountFen: number;
  /** The first month this tier applies to the person. */
  firstMonth: YearMonth;
}

/**
 * The highest tier that a grant for `month` gives, or null when the person is not yet in any.
 * Under MONTH_AFTER_APPROVAL `month` is the approval month and payment starts the month after.
 */
export function highAgeTierForMonth(birthDate: string, month: YearMonth, rule: StartRule, policy: HighAgeTiersPolicy): TierInMonth | null {
  let best: TierInMonth | null = null;
  let bestMinAge = -1;
  for (const t of policy.tiers) {
    const grantable = grantableFrom(birthDate, t.minAge, rule);
    if (!grantable.isAfter(month) && t.minAge > bestMinAge) {
      best = { tier: t.tier, monthlyAmountFen: t.monthlyAmountFen, firstMonth: grantFromMonth(rule, grantable) };
      bestMinAge = t.minAge;
    }
  }
  return best;
}

export interface TierSegment {
  tier: AllowanceTier;
  fromMonth: YearMonth;
  /** First month not paid: the next tier's first month, or `end`; null while open. */
  stopFromMonth: YearMonth | null;
}

/**
 * The tiers a grant made for `grantMonth` pays, each from its first month under the start rule but
 * no earlier than `lookBackMonths` before the grant month (a person registered late is paid from
 * the first month due, back to that limit), each ending where the next begins, all ending at `end`
 * (the first month after a death or a move away). Under MONTH_AFTER_APPROVAL the grant is the
 * approval and nothing is paid before the month after it.
 */
export function highAgeSegments(
  birthDate: string,
  grantMonth: YearMonth,
  rule: StartRule,
  policy: HighAgeTiersPolicy,
  lookBackMonths: number,
  end: YearMonth | null,
): TierSegment[] {
  const earliest = rule === 'MONTH_AFTER_APPROVAL' ? grantFromMonth(rule, grantMonth) : grantMonth.plus(-lookBackMonths);
  const reached = [...policy.tiers]
    .sort((a, b) => a.minAge - b.minAge)
    .filter((t) => !grantableFrom(birthDate, t.minAge, rule).isAfter(grantMonth))
    .map((t) => {
      const first = firstMonthAtAge(birthDate, t.minAge, rule);
      return { tier: t.tier, fromMonth: first.isAfter(earliest) ? first : earliest };
    });
  const segments: TierSegment[] = [];
  reached.forEach((t, i) => {
    const next = reached[i + 1]?.fromMonth ?? null;
    const stop = next && (!end || next.isBefore(end)) ? next : end;
    if (stop && !stop.isAfter(t.fromMonth)) return;
    segments.push({ tier: t.tier, fromMonth: t.fromMonth, stopFromMonth: stop });
  });
  return segments;
}

/**
 * The segments still to grant to someone who already holds `held` tiers: only tiers above the
 * highest one held (moving up). Back months of a lower tier are never granted under a higher tier
 * already running, which would otherwise be stopped where the lower one begins. Someone holding a
 * tier the policy no longer names is left alone: which months it covered is not ours to guess.
 */
export function segmentsToGrant(segments: TierSegment[], held: ReadonlyArray<string>, policy: HighAgeTiersPolicy): TierSegment[] {
  const rank = (tier: string) => policy.tiers.findIndex((t) => t.tier === tier);
  if (held.some((tier) => rank(tier) < 0)) return [];
  const highestHeld = Math.max(-1, ...held.map(rank));
  return segments.filter((s) => rank(s.tier) > highestHeld);
}

/** The smallest tier age: nobody younger can qualify (used to narrow the job's query). */
export function lowestTierAge(policy: HighAgeTiersPolicy): number {
  return Math.min(...policy.tiers.map((t) => t.minAge));
}

/** The amount of `tier` in force in `month`, or null when no figure covers it (none in force, or no such tier). */
export function tierAmountForMonth(tiers: PolicyPeriods<HighAgeTiersPolicy>, tier: AllowanceTier, month: YearMonth): number | null {
  return tiers.findForMonth(month)?.tiers.find((t) => t.tier === tier)?.monthlyAmountFen ?? null;
}

/** Validates a stored policy value; throws with the reason when it is malformed. */
export function parseHighAgeTiers(value: unknown): HighAgeTiersPolicy {
  const tiers = (value as HighAgeTiersPolicy | null)?.tiers;
  if (!Array.isArray(tiers) || tiers.length === 0) throw new Error(`${HIGH_AGE_TIERS_POLICY_KEY}: tiers must be a non-empty list`);
  for (const t of tiers) {
    if (!allowanceTierSchema.safeParse(t.tier).success) throw new Error(`${HIGH_AGE_TIERS_POLICY_KEY}: tier name ${JSON.stringify(t.tier)} must be capitals, digits and _ (at most 20)`);
    if (!Number.isInteger(t.minAge) || t.minAge < 60) throw new Error(`${HIGH_AGE_TIERS_POLICY_KEY}: minAge must be a whole number >= 60`);
    if (!Number.isSafeInteger(t.monthlyAmountFen) || t.monthlyAmountFen < 0) throw new Error(`${HIGH_AGE_TIERS_POLICY_KEY}: monthlyAmountFen must be whole fen`);
  }
  if (new Set(tiers.map((t) => t.tier)).size !== tiers.length) throw new Error(`${HIGH_AGE_TIERS_POLICY_KEY}: tier names must be unique`);
  if (new Set(tiers.map((t) => t.minAge)).size !== tiers.length) throw new Error(`${HIGH_AGE_TIERS_POLICY_KEY}: two tiers start at the same age`);
  return { tiers: [...tiers].sort((a, b) => a.minAge - b.minAge) };
}

export function parseStartRule(value: unknown): StartRule {
  const rule = typeof value === 'object' && value !== null ? (value as { rule?: unknown }).rule : value;
  if (!START_RULES.includes(rule as StartRule)) throw new Error(`${HIGH_AGE_START_RULE_POLICY_KEY}: unknown start rule ${JSON.stringify(value)}`);
  return rule as StartRule;
}
