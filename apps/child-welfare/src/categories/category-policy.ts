import type { PolicyPeriods } from '@app/common/policy/policy-periods';
import type { PolicyService } from '@app/common/policy/policy.service';
import type { EntityManager } from 'typeorm';
import type { ChildWelfarePolicies } from '../policy-catalogue';
import { CATEGORY_THRESHOLDS_POLICY_KEY, CUSTODIAL_SENTENCE_POLICY_KEY, type CategoryPolicy, type CategoryThresholds } from './rules/child-category.rule';
import { SPECIAL_DIFFICULTY_POLICY_KEY, type SpecialDifficultyCriteria } from './rules/special-difficulty.rule';

/**
 * The periods of every policy key the category rule reads, loaded once per request, event or
 * payroll run; `on(date)` gives the values in force that day (503 POLICY.NOT_IN_FORCE when one is missing).
 */
export class CategoryPolicyRows {
  private constructor(
    private readonly thresholds: PolicyPeriods<CategoryThresholds>,
    private readonly sentence: PolicyPeriods<number>,
    private readonly specialDifficulty: PolicyPeriods<SpecialDifficultyCriteria>,
  ) {}

  static async load(policy: PolicyService<ChildWelfarePolicies>, manager?: EntityManager): Promise<CategoryPolicyRows> {
    const [thresholds, sentence, specialDifficulty] = await Promise.all([
      policy.periods(CATEGORY_THRESHOLDS_POLICY_KEY, manager),
      policy.periods(CUSTODIAL_SENTENCE_POLICY_KEY, manager),
      policy.periods(SPECIAL_DIFFICULTY_POLICY_KEY, manager),
    ]);
    return new CategoryPolicyRows(thresholds, sentence, specialDifficulty);
  }

  on(date: string): CategoryPolicy {
    const thresholds = this.thresholds.require(date);
    const custodialSentenceMinMonths = this.sentence.require(date);
    const specialDifficulty = this.specialDifficulty.require(date);
    return { missingMonths: thresholds.missingMonths, jailedMonths: thresholds.jailedMonths, custodialSentenceMinMonths, specialDifficulty };
  }
}
