import type { ChildCategory } from '../../categories/rules/child-category.rule';
import { decideStudyGrant, parseStudyGrantAmounts, termLabel, type StudyGrantKind } from './study-grant.rule';

const amounts = { FUCAI_YUANMENG: 500000, DE_FACTO_STUDY: 200000 };

describe('decideStudyGrant', () => {
  it.each<[string, StudyGrantKind, ChildCategory[], string[], object]>([
    ['an orphan gets 福彩圆梦', 'FUCAI_YUANMENG', ['ORPHAN'], [], { granted: true, amountFen: 500000 }],
    ['a de facto unsupported child gets the study grant', 'DE_FACTO_STUDY', ['DE_FACTO_UNSUPPORTED', 'SPECIAL_DIFFICULTY'], [], { granted: true, amountFen: 200000 }],
    ['another term is another grant', 'FUCAI_YUANMENG', ['ORPHAN'], ['2024-AUTUMN'], { granted: true, amountFen: 500000 }],
    ['福彩圆梦 is not for a de facto unsupported child', 'FUCAI_YUANMENG', ['DE_FACTO_UNSUPPORTED'], [], { granted: false, status: 422, code: 'STUDY_GRANT.NOT_ELIGIBLE', field: 'kind' }],
    ['the de facto grant is not for an orphan', 'DE_FACTO_STUDY', ['ORPHAN'], [], { granted: false, status: 422, code: 'STUDY_GRANT.NOT_ELIGIBLE', field: 'kind' }],
    ['no category, no grant', 'DE_FACTO_STUDY', [], [], { granted: false, status: 422, code: 'STUDY_GRANT.NOT_ELIGIBLE' }],
    ['a second grant in the term', 'FUCAI_YUANMENG', ['ORPHAN'], ['2024-SPRING'], { granted: false, status: 409, code: 'STUDY_GRANT.ALREADY_GRANTED', field: 'term' }],
    ['a second grant of the other kind in the term', 'DE_FACTO_STUDY', ['DE_FACTO_UNSUPPORTED'], ['2024-SPRING'], { granted: false, status: 409, code: 'STUDY_GRANT.ALREADY_GRANTED' }],
  ])('%s', (_, kind, categoriesOnGrantDay, termsGranted, decision) => {
    expect(decideStudyGrant({ kind, term: '2024-SPRING', categoriesOnGrantDay, termsGranted }, amounts)).toMatchObject(decision);
  });
});

describe('parseStudyGrantAmounts', () => {
  it('accepts a positive figure for each kind', () => {
    expect(parseStudyGrantAmounts('k', amounts)).toEqual(amounts);
  });
  it.each([[null], [[]], [{ FUCAI_YUANMENG: 500000 }], [{ ...amounts, OTHER: 1 }], [{ ...amounts, DE_FACTO_STUDY: 0 }], [{ ...amounts, FUCAI_YUANMENG: 10.5 }], [{ ...amounts, FUCAI_YUANMENG: '5000' }]])('refuses %j', (value) => {
    expect(() => parseStudyGrantAmounts('k', value)).toThrow(RangeError);
  });
});

describe('termLabel', () => {
  it.each([['2024-SPRING', '2024年春季学期'], ['2024-AUTUMN', '2024年秋季学期']])('%s -> %s', (term, label) => {
    expect(termLabel(term)).toBe(label);
  });
});
