import { ProblemException } from '@app/common/http/problem';
import type { PolicyService } from '@app/common/policy/policy.service';
import { PolicyNotFoundError } from '@app/common/policy/value-in-force';
import type { YearMonth } from '@app/common/time/year-month';
import {
  DEFAULT_START_RULE,
  HIGH_AGE_START_RULE_POLICY_KEY,
  HIGH_AGE_TIERS_POLICY_KEY,
  LOOK_BACK_MONTHS_POLICY_KEY,
  parseHighAgeTiers,
  parseStartRule,
  type HighAgeTiersPolicy,
  type StartRule,
} from './rules/high-age-allowance.rule';

/** Reads a policy value in force in `month`; a missing one is 422 `<AREA>.NO_POLICY`. */
export async function requiredPolicy<T>(policy: PolicyService, key: string, month: YearMonth, area: string, parse: (value: unknown) => T): Promise<T> {
  try {
    return parse(await policy.valueForMonth(key, month));
  } catch (err) {
    if (err instanceof PolicyNotFoundError) throw new ProblemException({ status: 422, code: `${area}.NO_POLICY`, detail: `no ${key} in force in ${month.toString()}` });
    throw err;
  }
}

export function highAgeTiers(policy: PolicyService, month: YearMonth): Promise<HighAgeTiersPolicy> {
  return requiredPolicy(policy, HIGH_AGE_TIERS_POLICY_KEY, month, 'ALLOWANCE', parseHighAgeTiers);
}

/** The configured start rule, MONTH_AFTER_BIRTHDAY when none is configured. */
export async function startRule(policy: PolicyService, month: YearMonth): Promise<StartRule> {
  try {
    return parseStartRule(await policy.valueForMonth(HIGH_AGE_START_RULE_POLICY_KEY, month));
  } catch (err) {
    if (err instanceof PolicyNotFoundError) return DEFAULT_START_RULE;
    throw err;
  }
}

/** How far back a late grant and the payroll reach (months before the month of the run). */
export function lookBackMonths(policy: PolicyService, month: YearMonth): Promise<number> {
  return requiredPolicy(policy, LOOK_BACK_MONTHS_POLICY_KEY, month, 'ALLOWANCE', (value) => {
    if (!Number.isSafeInteger(value) || (value as number) < 0) throw new Error(`${LOOK_BACK_MONTHS_POLICY_KEY}: must be a whole non-negative number of months`);
    return value as number;
  });
}
