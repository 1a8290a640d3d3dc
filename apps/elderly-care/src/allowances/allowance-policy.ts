import type { PolicyService } from '@app/common/policy/policy.service';
import type { YearMonth } from '@app/common/time/year-month';
import type { ElderlyCarePolicies } from '../policy-catalogue';
import { DEFAULT_START_RULE, HIGH_AGE_START_RULE_POLICY_KEY, type StartRule } from './rules/high-age-allowance.rule';

/** The configured start rule in force in `month`, MONTH_AFTER_BIRTHDAY when none is configured. */
export async function startRule(policy: PolicyService<ElderlyCarePolicies>, month: YearMonth): Promise<StartRule> {
  return (await policy.optional(HIGH_AGE_START_RULE_POLICY_KEY, month.firstDay())) ?? DEFAULT_START_RULE;
}
