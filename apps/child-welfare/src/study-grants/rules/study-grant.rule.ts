// Study grants (DOMAIN §5): 福彩圆梦 for orphans in school and the study grant for de facto
// unsupported children, one per child and school term, at the amount in force on the grant day.
// Pure: the child's categories on that day and the terms already granted are parameters.
import type { ChildCategory } from '../../categories/rules/child-category.rule';

export const STUDY_GRANT_POLICY_KEY = 'child-welfare.study-grant-fen-per-term';

export const STUDY_GRANT_KINDS = ['FUCAI_YUANMENG', 'DE_FACTO_STUDY'] as const;
export type StudyGrantKind = (typeof STUDY_GRANT_KINDS)[number];

export const STUDY_GRANT_LABELS: Record<StudyGrantKind, string> = {
  FUCAI_YUANMENG: '福彩圆梦助学（在校孤儿）',
  DE_FACTO_STUDY: '事实无人抚养儿童助学',
};

/** The category the child must hold on the grant day. */
export const STUDY_GRANT_CATEGORY: Record<StudyGrantKind, ChildCategory> = {
  FUCAI_YUANMENG: 'ORPHAN',
  DE_FACTO_STUDY: 'DE_FACTO_UNSUPPORTED',
};

/** School terms: `2024-SPRING` (春季学期) and `2024-AUTUMN` (秋季学期). */
export const TERM_PATTERN = /^\d{4}-(SPRING|AUTUMN)$/;
export const TERM_LABELS = { SPRING: '春季学期', AUTUMN: '秋季学期' } as const;

export function termLabel(term: string): string {
  const [year, half] = term.split('-') as [string, keyof typeof TERM_LABELS];
  return `${year}年${TERM_LABELS[half]}`;
}

/** Policy: fen per grant and term for each kind. */
export type StudyGrantAmounts = Record<StudyGrantKind, number>;

export function parseStudyGrantAmounts(key: string, value: unknown): StudyGrantAmounts {
  const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
  const entries = isObject ? (value as Record<string, unknown>) : {};
  const keys = Object.keys(entries).sort();
  if (!isObject || keys.join() !== [...STUDY_GRANT_KINDS].sort().join()) throw new RangeError(`${key} must name exactly ${STUDY_GRANT_KINDS.join(', ')}`);
  for (const kind of STUDY_GRANT_KINDS) {
    const fen = entries[kind];
    if (typeof fen !== 'number' || !Number.isSafeInteger(fen) || fen <= 0) throw new RangeError(`${key}.${kind} must be a positive whole number of fen`);
  }
  return value as StudyGrantAmounts;
}

export interface StudyGrantFacts {
  kind: StudyGrantKind;
  term: string;
  /** The child's categories derived on the grant day. */
  categoriesOnGrantDay: readonly ChildCategory[];
  /** Terms for which the child already holds a grant, of either kind. */
  termsGranted: readonly string[];
}

export type StudyGrantDecision =
  | { granted: true; amountFen: number }
  | { granted: false; status: 409 | 422; code: string; field: string; message: string };

export function decideStudyGrant(facts: StudyGrantFacts, amounts: StudyGrantAmounts): StudyGrantDecision {
  const required = STUDY_GRANT_CATEGORY[facts.kind];
  if (!facts.categoriesOnGrantDay.includes(required)) {
    return { granted: false, status: 422, code: 'STUDY_GRANT.NOT_ELIGIBLE', field: 'kind', message: `${facts.kind} is for children in category ${required} on the grant day` };
  }
  if (facts.termsGranted.includes(facts.term)) {
    return { granted: false, status: 409, code: 'STUDY_GRANT.ALREADY_GRANTED', field: 'term', message: `the child already holds a study grant for ${facts.term}` };
  }
  return { granted: true, amountFen: amounts[facts.kind] };
}
