// Every policy parameter child-welfare reads (README "Policy parameters"): key -> the shape of its
// value, checked by the rules' own parsers when a value is posted and when it is read.
import { definePolicyCatalogue, parsedBy, policyValues } from '@app/common/policy/policy-catalogue';
import { z } from 'zod';
import { ALLOWANCE_CENTRAL_POLICY_KEY, ALLOWANCE_DISPERSED_POLICY_KEY, parseMonthlyFen } from './allowances/rules/child-allowance.rule';
import { CATEGORY_THRESHOLDS_POLICY_KEY, CUSTODIAL_SENTENCE_POLICY_KEY, parseSentenceMonths, type CategoryThresholds } from './categories/rules/child-category.rule';
import { parseSpecialDifficultyCriteria, SPECIAL_DIFFICULTY_POLICY_KEY } from './categories/rules/special-difficulty.rule';
import { parseVisitIntervals, VISIT_INTERVAL_POLICY_KEY } from './risk/rules/visit-schedule.rule';
import { parseStudyGrantAmounts, STUDY_GRANT_POLICY_KEY } from './study-grants/rules/study-grant.rule';

const categoryThresholds: z.ZodType<CategoryThresholds> = z.object({ missingMonths: policyValues.wholeNumber, jailedMonths: policyValues.wholeNumber });

export const CHILD_WELFARE_POLICIES = definePolicyCatalogue('child-welfare', {
  /** Days between visits per risk tier (city: 7/30/90). */
  [VISIT_INTERVAL_POLICY_KEY]: { schema: parsedBy(parseVisitIntervals) },
  /** Months out of contact, and in custody, before a parent counts as incapable. */
  [CATEGORY_THRESHOLDS_POLICY_KEY]: { schema: categoryThresholds },
  /** A custodial sentence of at least this many months makes a parent incapable from the first day. */
  [CUSTODIAL_SENTENCE_POLICY_KEY]: { schema: parsedBy((value) => parseSentenceMonths(CUSTODIAL_SENTENCE_POLICY_KEY, value)) },
  /** 特殊困难儿童 criteria of the city. */
  [SPECIAL_DIFFICULTY_POLICY_KEY]: { schema: parsedBy((value) => parseSpecialDifficultyCriteria(SPECIAL_DIFFICULTY_POLICY_KEY, value)) },
  /** Basic living allowance per care form, fen per month, the figure in force in the month paid. */
  [ALLOWANCE_DISPERSED_POLICY_KEY]: { schema: parsedBy((value) => parseMonthlyFen(ALLOWANCE_DISPERSED_POLICY_KEY, value)) },
  [ALLOWANCE_CENTRAL_POLICY_KEY]: { schema: parsedBy((value) => parseMonthlyFen(ALLOWANCE_CENTRAL_POLICY_KEY, value)) },
  /** Study grant per child and term, fen, by kind (福彩圆梦, de facto unsupported), the figure in force on the grant day. */
  [STUDY_GRANT_POLICY_KEY]: { schema: parsedBy((value) => parseStudyGrantAmounts(STUDY_GRANT_POLICY_KEY, value)) },
});

export type ChildWelfarePolicies = typeof CHILD_WELFARE_POLICIES;
