import type { PolicyService, StoredPolicyRow } from '@app/common/policy/policy.service';
import { valueInForce } from '@app/common/policy/value-in-force';
import type { EntityManager } from 'typeorm';
import { CATEGORY_THRESHOLDS_POLICY_KEY, CUSTODIAL_SENTENCE_POLICY_KEY, type CategoryPolicy, type CategoryThresholds } from './rules/child-category.rule';
import { parseSpecialDifficultyCriteria, SPECIAL_DIFFICULTY_POLICY_KEY } from './rules/special-difficulty.rule';

/** Policy value of the minimum custodial sentence: a positive whole number of months. */
export function parseSentenceMonths(key: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value <= 0) throw new RangeError(`${key} must be a positive whole number of months`);
  return value;
}

/**
 * The rows of every policy key the category rule reads, loaded once per request, event or
 * payroll run; `on(date)` gives the values in force that day (PolicyNotFoundError when one is missing).
 */
export class CategoryPolicyRows {
  private constructor(
    private readonly thresholds: StoredPolicyRow[],
    private readonly sentence: StoredPolicyRow[],
    private readonly specialDifficulty: StoredPolicyRow[],
  ) {}

  static async load(policy: PolicyService, manager?: EntityManager): Promise<CategoryPolicyRows> {
    const [thresholds, sentence, specialDifficulty] = await Promise.all([
      policy.rows(CATEGORY_THRESHOLDS_POLICY_KEY, manager),
      policy.rows(CUSTODIAL_SENTENCE_POLICY_KEY, manager),
      policy.rows(SPECIAL_DIFFICULTY_POLICY_KEY, manager),
    ]);
    return new CategoryPolicyRows(thresholds, sentence, specialDifficulty);
  }

  on(date: string): CategoryPolicy {
    const thresholds = valueInForce<CategoryThresholds>(this.thresholds, CATEGORY_THRESHOLDS_POLICY_KEY, date);
    const custodialSentenceMinMonths = parseSentenceMonths(CUSTODIAL_SENTENCE_POLICY_KEY, valueInForce(this.sentence, CUSTODIAL_SENTENCE_POLICY_KEY, date));
    const specialDifficulty = parseSpecialDifficultyCriteria(SPECIAL_DIFFICULTY_POLICY_KEY, valueInForce(this.specialDifficulty, SPECIAL_DIFFICULTY_POLICY_KEY, date));
    return { missingMonths: thresholds.missingMonths, jailedMonths: thresholds.jailedMonths, custodialSentenceMinMonths, specialDifficulty };
  }
}
