// 孤儿、事实无人抚养儿童基本生活费 in force during the year, by care form, with their effective dates,
// for the annual report (the bureau's summary: dispersed 1340 → 1350 yuan a month from July). Read
// from the service's own dated policy parameters; they are the city's, so every division sees the same.
import type { PolicyService } from '@app/common/policy/policy.service';
import { standardInYear, type StandardInYear } from '@app/common/policy/standards-in-year';
import { ALLOWANCE_CENTRAL_POLICY_KEY, ALLOWANCE_DISPERSED_POLICY_KEY } from '../allowances/rules/child-allowance.rule';
import type { ChildWelfarePolicies } from '../policy-catalogue';

export async function childAllowanceStandards(policy: PolicyService<ChildWelfarePolicies>, year: number): Promise<StandardInYear[]> {
  return [
    standardInYear('CHILD_ALLOWANCE_DISPERSED', 'FEN_PER_MONTH', await policy.periods(ALLOWANCE_DISPERSED_POLICY_KEY), year),
    standardInYear('CHILD_ALLOWANCE_CENTRAL', 'FEN_PER_MONTH', await policy.periods(ALLOWANCE_CENTRAL_POLICY_KEY), year),
  ];
}
