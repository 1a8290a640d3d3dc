// Every policy parameter elderly-care reads (README "Policy parameters"): key -> the shape of its
// value, checked when a value is posted and when it is read (the tiers and the start rule by the
// rule's own parsers).
import { definePolicyCatalogue, parsedBy, policyValues } from '@app/common/policy/policy-catalogue';
import {
  HIGH_AGE_START_RULE_POLICY_KEY,
  HIGH_AGE_TIERS_POLICY_KEY,
  LOOK_BACK_MONTHS_POLICY_KEY,
  parseHighAgeTiers,
  parseStartRule,
} from './allowances/rules/high-age-allowance.rule';
import { REASSESSMENT_MONTHS_POLICY_KEY } from './assessments/rules/ability-level.rule';
import { COMMUNITIES_PER_TOWNSHIP_POLICY_KEY, communitiesPerTownshipSchema } from './facilities/rules/coverage.rule';
import { MIN_VISIT_MINUTES_POLICY_KEY } from './home-care/rules/order-lifecycle.rule';
import { SERVICE_SUBSIDY_AMOUNT_POLICY_KEY, SERVICE_SUBSIDY_MIN_AGE_POLICY_KEY } from './service-subsidy/rules/service-subsidy.rule';

export const ELDERLY_CARE_POLICIES = definePolicyCatalogue('elderly-care', {
  /** 高龄津贴 tiers: name, minimum age and fen per month each; the figure in force in a month pays it. */
  [HIGH_AGE_TIERS_POLICY_KEY]: { schema: parsedBy(parseHighAgeTiers) },
  /** Optional: without a value in force the allowance starts the month after the birthday (DEFAULT_START_RULE). */
  [HIGH_AGE_START_RULE_POLICY_KEY]: { schema: parsedBy(parseStartRule), optional: true },
  /** Months before the month of a run that a late grant and the payroll reach back. */
  [LOOK_BACK_MONTHS_POLICY_KEY]: { schema: policyValues.wholeNumber },
  /** Service subsidy, fen per month. */
  [SERVICE_SUBSIDY_AMOUNT_POLICY_KEY]: { schema: policyValues.fen },
  /** Age from which a 低保/特困 enrollment carries the service subsidy. */
  [SERVICE_SUBSIDY_MIN_AGE_POLICY_KEY]: { schema: policyValues.wholeNumber },
  /** Months until an ability assessment is due again. */
  [REASSESSMENT_MONTHS_POLICY_KEY]: { schema: policyValues.wholeNumber },
  /** Shortest home care visit, minutes from check-in to check-out. */
  [MIN_VISIT_MINUTES_POLICY_KEY]: { schema: policyValues.wholeNumber },
  /** Optional: communities and villages per township, the whole of facility coverage; without it the report gives counts, no shares. */
  [COMMUNITIES_PER_TOWNSHIP_POLICY_KEY]: { schema: communitiesPerTownshipSchema, optional: true },
});

export type ElderlyCarePolicies = typeof ELDERLY_CARE_POLICIES;
