import { addMonths, deriveCategories, type ChildCategory, type GuardianFacts, type GuardianRelation } from './child-category.rule';

const city = { missingMonths: 6, jailedMonths: 6, custodialSentenceMinMonths: 6 };
const BORN = '2015-03-10'; // 9 on the dates below

function parent(relation: GuardianRelation, situation: Partial<GuardianFacts> = {}): GuardianFacts {
  return {
    relation,
    deceasedOn: null,
    missingSince: null,
    jailedSince: null,
    severelyDisabled: false,
    seriouslyIll: false,
    awayForWork: false,
    guardianshipRevoked: false,
    ...situation,
  };
}
const F = (s: Partial<GuardianFacts> = {}) => parent('FATHER', s);
const M = (s: Partial<GuardianFacts> = {}) => parent('MOTHER', s);

describe('addMonths', () => {
  it.each([
    ['2024-01-15', 6, '2024-07-15'],
    ['2024-08-31', 6, '2025-02-28'],
    ['2023-08-31', 6, '2024-02-29'],
    ['2024-11-30', 3, '2025-02-28'],
  ])('%s + %i months = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });
});

describe('deriveCategories', () => {
  it.each<[string, string, GuardianFacts[], string, ChildCategory[]]>([
    ['both parents living and present', BORN, [F(), M()], '2024-07-15', []],
    ['both parents dead', BORN, [F({ deceasedOn: '2024-01-01' }), M({ deceasedOn: '2024-02-01' })], '2024-07-15', ['ORPHAN']],
    ['second death after the date does not count yet', BORN, [F({ deceasedOn: '2024-01-01' }), M({ deceasedOn: '2024-08-01' })], '2024-07-15', ['IN_DIFFICULTY']],
    ['orphan stops at 18', '2006-07-15', [F({ deceasedOn: '2020-01-01' }), M({ deceasedOn: '2020-01-01' })], '2024-07-15', []],
    ['orphan the day before 18', '2006-07-16', [F({ deceasedOn: '2020-01-01' }), M({ deceasedOn: '2020-01-01' })], '2024-07-15', ['ORPHAN']],
    // Known parents out of contact make a de facto unsupported child, never an orphan (民发〔2019〕62号).
    ['dead and missing exactly 6 months', BORN, [F({ deceasedOn: '2023-01-01' }), M({ missingSince: '2024-01-15' })], '2024-07-15', ['DE_FACTO_UNSUPPORTED']],
    ['both missing 6 months', BORN, [F({ missingSince: '2023-05-01' }), M({ missingSince: '2024-01-15' })], '2024-07-15', ['DE_FACTO_UNSUPPORTED']],
    ['father unknown, mother missing 6 months', BORN, [M({ missingSince: '2024-01-15' })], '2024-07-15', ['DE_FACTO_UNSUPPORTED']],
    ['one missing 6 months, the other present', BORN, [F({ missingSince: '2024-01-15' }), M()], '2024-07-15', ['IN_DIFFICULTY']],
    ['one missing 6 months, the other away for work', BORN, [F({ missingSince: '2024-01-15' }), M({ awayForWork: true })], '2024-07-15', ['IN_DIFFICULTY', 'RURAL_LEFT_BEHIND']],
    ['away for work and missing is not also away', BORN, [F({ missingSince: '2024-01-15', awayForWork: true }), M()], '2024-07-15', ['IN_DIFFICULTY']],
    ['dead and missing 6 months minus a day', BORN, [F({ deceasedOn: '2023-01-01' }), M({ missingSince: '2024-01-16' })], '2024-07-15', ['IN_DIFFICULTY']],
    ['father unknown, mother dead', BORN, [M({ deceasedOn: '2023-01-01' })], '2024-07-15', ['ORPHAN']],
    // A custodial sentence of at least the minimum counts from the first day of custody.
    ['one dead, other sentenced to 6 months, first day in custody', BORN, [F({ deceasedOn: '2024-03-01' }), M({ jailedSince: '2024-07-15', sentenceMonths: 6 })], '2024-07-15', ['DE_FACTO_UNSUPPORTED']],
    ['one dead, other sentenced to 3 years, a week served', BORN, [F({ deceasedOn: '2024-03-01' }), M({ jailedSince: '2024-07-08', sentenceMonths: 36 })], '2024-07-15', ['DE_FACTO_UNSUPPORTED']],
    ['one dead, other sentenced to 5 months: not incapable', BORN, [F({ deceasedOn: '2024-03-01' }), M({ jailedSince: '2024-03-15', sentenceMonths: 5 })], '2024-07-15', ['IN_DIFFICULTY']],
    ['one dead, other sentenced to 6 months, custody not begun', BORN, [F({ deceasedOn: '2024-03-01' }), M({ jailedSince: '2024-07-16', sentenceMonths: 6 })], '2024-07-15', ['IN_DIFFICULTY']],
    ['one dead, other sentenced to 6 months, last day of the term', BORN, [F({ deceasedOn: '2023-03-01' }), M({ jailedSince: '2024-01-16', sentenceMonths: 6 })], '2024-07-15', ['DE_FACTO_UNSUPPORTED']],
    ['one dead, other sentenced to 6 months, term served', BORN, [F({ deceasedOn: '2023-03-01' }), M({ jailedSince: '2024-01-15', sentenceMonths: 6 })], '2024-07-15', ['IN_DIFFICULTY']],
    ['both sentenced to a year, from the start', BORN, [F({ jailedSince: '2024-07-01', sentenceMonths: 12 }), M({ jailedSince: '2024-07-10', sentenceMonths: 12 })], '2024-07-15', ['DE_FACTO_UNSUPPORTED']],
    // Sentence length not recorded: custody lasting the threshold proves it.
    ['one dead, other jailed exactly 6 months', BORN, [F({ deceasedOn: '2024-03-01' }), M({ jailedSince: '2024-01-15' })], '2024-07-15', ['DE_FACTO_UNSUPPORTED']],
    ['one dead, other jailed 6 months minus a day', BORN, [F({ deceasedOn: '2024-03-01' }), M({ jailedSince: '2024-01-16' })], '2024-07-15', ['IN_DIFFICULTY']],
    ['both jailed 6 months', BORN, [F({ jailedSince: '2023-01-15' }), M({ jailedSince: '2024-01-15' })], '2024-07-15', ['DE_FACTO_UNSUPPORTED']],
    ['severely disabled and seriously ill', BORN, [F({ severelyDisabled: true }), M({ seriouslyIll: true })], '2024-07-15', ['DE_FACTO_UNSUPPORTED']],
    ['dead and guardianship revoked', BORN, [F({ guardianshipRevoked: true }), M({ deceasedOn: '2022-05-05' })], '2024-07-15', ['DE_FACTO_UNSUPPORTED']],
    ['de facto unsupported stops at 18', '2006-07-15', [F({ severelyDisabled: true }), M({ seriouslyIll: true })], '2024-07-15', []],
    ['one severely disabled only', BORN, [F({ severelyDisabled: true }), M()], '2024-07-15', ['IN_DIFFICULTY']],
    ['missing 6 months minus a day and ill', BORN, [F({ missingSince: '2024-01-16' }), M({ seriouslyIll: true })], '2024-07-15', ['IN_DIFFICULTY']],
    ['both away for work', BORN, [F({ awayForWork: true }), M({ awayForWork: true })], '2024-07-15', ['RURAL_LEFT_BEHIND']],
    ['one away, other incapable', BORN, [F({ awayForWork: true }), M({ severelyDisabled: true })], '2024-07-15', ['IN_DIFFICULTY', 'RURAL_LEFT_BEHIND']],
    ['one away, other at home', BORN, [F({ awayForWork: true }), M()], '2024-07-15', []],
    ['left-behind stops at 16', '2008-07-15', [F({ awayForWork: true }), M({ awayForWork: true })], '2024-07-15', []],
    ['left-behind the day before 16', '2008-07-16', [F({ awayForWork: true }), M({ awayForWork: true })], '2024-07-15', ['RURAL_LEFT_BEHIND']],
    ['a guardian who is not a parent does not count', BORN, [F({ deceasedOn: '2020-01-01' }), M(), parent('GUARDIAN', { deceasedOn: '2024-01-01' })], '2024-07-15', ['IN_DIFFICULTY']],
  ])('%s', (_case, birthDate, guardians, onDate, expected) => {
    expect(deriveCategories({ birthDate, guardians }, onDate, city)).toEqual(expected);
  });

  it('uses the policy thresholds it is given', () => {
    const facts = { birthDate: BORN, guardians: [F({ deceasedOn: '2024-03-01' }), M({ jailedSince: '2024-04-15' })] };
    expect(deriveCategories(facts, '2024-07-15', { ...city, missingMonths: 3, jailedMonths: 3 })).toEqual(['DE_FACTO_UNSUPPORTED']);
    expect(deriveCategories(facts, '2024-07-15', city)).toEqual(['IN_DIFFICULTY']);
  });

  it('uses the minimum custodial sentence in force', () => {
    const facts = { birthDate: BORN, guardians: [F({ deceasedOn: '2024-03-01' }), M({ jailedSince: '2024-07-01', sentenceMonths: 4 })] };
    expect(deriveCategories(facts, '2024-07-15', { ...city, custodialSentenceMinMonths: 3 })).toEqual(['DE_FACTO_UNSUPPORTED']);
    expect(deriveCategories(facts, '2024-07-15', city)).toEqual(['IN_DIFFICULTY']);
  });
});

describe('deriveCategories after an adoption (the adopters are the parents)', () => {
  it.each<[string, GuardianFacts[], string | null, string, ChildCategory[]]>([
    ['a single living adopter: no category', [M()], '2024-07-01', '2024-07-15', []],
    ['a single adopter, not yet adopted on the date: the missing father counts as not found', [M()], '2024-08-01', '2024-07-15', ['IN_DIFFICULTY']],
    ['an adoptive couple, both living', [F(), M()], '2024-07-01', '2024-07-15', []],
    ['a single adopter who died: orphan again', [M({ deceasedOn: '2024-07-10' })], '2024-07-01', '2024-07-15', ['ORPHAN']],
    ['a single adopter jailed 6 months: de facto unsupported', [F({ jailedSince: '2024-01-15' })], '2023-01-01', '2024-07-15', ['DE_FACTO_UNSUPPORTED']],
    ['an adoptive couple, one dead: in difficulty', [F({ deceasedOn: '2024-07-01' }), M()], '2024-01-01', '2024-07-15', ['IN_DIFFICULTY']],
    ['a single adopter away for work: left behind', [F({ awayForWork: true })], '2024-01-01', '2024-07-15', ['RURAL_LEFT_BEHIND']],
  ])('%s', (_case, guardians, adoptedOn, onDate, expected) => {
    expect(deriveCategories({ birthDate: BORN, guardians, adoptedOn }, onDate, city)).toEqual(expected);
  });

  it('the days before the adoption follow the birth parents', () => {
    const facts = { birthDate: BORN, guardians: [M()], adoptedOn: '2024-07-10', guardiansBeforeAdoption: [F({ deceasedOn: '2024-01-01' }), M({ deceasedOn: '2024-02-01' })] };
    expect(deriveCategories(facts, '2024-07-09', city)).toEqual(['ORPHAN']);
    expect(deriveCategories(facts, '2024-07-10', city)).toEqual([]);
  });
});
