import type { GuardianFacts, GuardianRelation } from './child-category.rule';
import { deriveCategories } from './child-category.rule';
import { parseSpecialDifficultyCriteria, specialDifficultyMet, type ChildSituation, type SpecialDifficultyCriteria } from './special-difficulty.rule';

// The seeded city criteria [A] (seeds/reference/policy-parameters.json).
const cityCriteria: SpecialDifficultyCriteria = {
  criteria: [
    { code: 'SEVERE_DISABILITY', label: '重度残疾儿童', allOf: [['SEVERELY_DISABLED']] },
    { code: 'SERIOUS_ILLNESS', label: '重病儿童', allOf: [['SERIOUSLY_ILL']] },
    { code: 'ASSISTED_HOUSEHOLD_DISABLED', label: '低保/特困家庭的残疾儿童', allOf: [['DIBAO_HOUSEHOLD', 'TEKUN_HOUSEHOLD'], ['DISABLED']] },
    { code: 'ASSISTED_HOUSEHOLD_PARENT_DISABLED_OR_ILL', label: '低保/特困家庭中父母重残或重病的儿童', allOf: [['DIBAO_HOUSEHOLD', 'TEKUN_HOUSEHOLD'], ['PARENT_SEVERELY_DISABLED', 'PARENT_SERIOUSLY_ILL']] },
  ],
};
const policy = { missingMonths: 6, jailedMonths: 6, custodialSentenceMinMonths: 6, specialDifficulty: cityCriteria };

function parent(relation: GuardianRelation, situation: Partial<GuardianFacts> = {}): GuardianFacts {
  return { relation, deceasedOn: null, missingSince: null, jailedSince: null, sentenceMonths: null, severelyDisabled: false, seriouslyIll: false, awayForWork: false, guardianshipRevoked: false, ...situation };
}
const BOTH = [parent('FATHER'), parent('MOTHER')];
const BORN = '2015-03-10';

describe('specialDifficultyMet (特殊困难儿童 per city criteria)', () => {
  it.each<[string, ChildSituation[], GuardianFacts[], string[]]>([
    ['no situation', [], BOTH, []],
    ['severely disabled', ['SEVERELY_DISABLED'], BOTH, ['SEVERE_DISABILITY']],
    ['seriously ill', ['SERIOUSLY_ILL'], BOTH, ['SERIOUS_ILLNESS']],
    ['disabled (not severely), household not assisted', ['DISABLED'], BOTH, []],
    ['disabled in a 低保 household', ['DISABLED', 'DIBAO_HOUSEHOLD'], BOTH, ['ASSISTED_HOUSEHOLD_DISABLED']],
    ['disabled in a 特困 household', ['DISABLED', 'TEKUN_HOUSEHOLD'], BOTH, ['ASSISTED_HOUSEHOLD_DISABLED']],
    ['disabled in a borderline household: not in the city list', ['DISABLED', 'BORDERLINE_HOUSEHOLD'], BOTH, []],
    ['severely disabled counts as disabled', ['SEVERELY_DISABLED', 'DIBAO_HOUSEHOLD'], BOTH, ['SEVERE_DISABILITY', 'ASSISTED_HOUSEHOLD_DISABLED']],
    ['a 低保 household alone', ['DIBAO_HOUSEHOLD'], BOTH, []],
    ['a 低保 household with a severely disabled father', ['DIBAO_HOUSEHOLD'], [parent('FATHER', { severelyDisabled: true }), parent('MOTHER')], ['ASSISTED_HOUSEHOLD_PARENT_DISABLED_OR_ILL']],
    ['a 特困 household with a seriously ill mother', ['TEKUN_HOUSEHOLD'], [parent('FATHER'), parent('MOTHER', { seriouslyIll: true })], ['ASSISTED_HOUSEHOLD_PARENT_DISABLED_OR_ILL']],
    ['an ill guardian who is not a parent does not count', ['DIBAO_HOUSEHOLD'], [...BOTH, parent('GUARDIAN', { seriouslyIll: true })], []],
  ])('%s', (_case, situations, guardians, expected) => {
    expect(specialDifficultyMet({ situations, guardians }, cityCriteria)).toEqual(expected);
  });

  it('no criteria: never', () => {
    expect(specialDifficultyMet({ situations: ['SEVERELY_DISABLED'], guardians: BOTH }, { criteria: [] })).toEqual([]);
  });
});

describe('SPECIAL_DIFFICULTY among the categories', () => {
  it.each<[string, string, ChildSituation[], GuardianFacts[], string, string[]]>([
    ['a severely disabled child with both parents at home', BORN, ['SEVERELY_DISABLED'], BOTH, '2024-07-15', ['SPECIAL_DIFFICULTY']],
    ['with the others that apply', BORN, ['SERIOUSLY_ILL'], [parent('FATHER', { deceasedOn: '2020-01-01' }), parent('MOTHER', { deceasedOn: '2021-01-01' })], '2024-07-15', ['ORPHAN', 'SPECIAL_DIFFICULTY']],
    ['stops at 18', '2006-07-15', ['SEVERELY_DISABLED'], BOTH, '2024-07-15', []],
    ['the day before 18', '2006-07-16', ['SEVERELY_DISABLED'], BOTH, '2024-07-15', ['SPECIAL_DIFFICULTY']],
    ['no situation recorded', BORN, [], BOTH, '2024-07-15', []],
  ])('%s', (_case, birthDate, situations, guardians, onDate, expected) => {
    expect(deriveCategories({ birthDate, guardians, situations }, onDate, policy)).toEqual(expected);
  });

  it('uses the criteria in force it is given', () => {
    const facts = { birthDate: BORN, guardians: BOTH, situations: ['DISABLED', 'BORDERLINE_HOUSEHOLD'] as ChildSituation[] };
    expect(deriveCategories(facts, '2024-07-15', policy)).toEqual([]);
    const wider = { criteria: [{ code: 'LOW_INCOME_DISABLED', label: '低保边缘家庭的残疾儿童', allOf: [['BORDERLINE_HOUSEHOLD'], ['DISABLED']] as ChildSituation[][] }] };
    expect(deriveCategories(facts, '2024-07-15', { ...policy, specialDifficulty: wider })).toEqual(['SPECIAL_DIFFICULTY']);
  });
});

describe('parseSpecialDifficultyCriteria', () => {
  it('accepts the city criteria', () => {
    expect(parseSpecialDifficultyCriteria('k', cityCriteria)).toEqual(cityCriteria);
  });

  it.each<[string, unknown]>([
    ['not an object', 'SEVERELY_DISABLED'],
    ['no criteria list', {}],
    ['a criterion without a code', { criteria: [{ label: 'x', allOf: [['DISABLED']] }] }],
    ['an unknown situation', { criteria: [{ code: 'X', label: 'x', allOf: [['ORPHANED']] }] }],
    ['an empty group (would never match)', { criteria: [{ code: 'X', label: 'x', allOf: [[]] }] }],
    ['no groups (would always match)', { criteria: [{ code: 'X', label: 'x', allOf: [] }] }],
    ['a code twice', { criteria: [{ code: 'X', label: 'x', allOf: [['DISABLED']] }, { code: 'X', label: 'y', allOf: [['SERIOUSLY_ILL']] }] }],
  ])('refuses %s', (_case, value) => {
    expect(() => parseSpecialDifficultyCriteria('k', value)).toThrow(RangeError);
  });
});
