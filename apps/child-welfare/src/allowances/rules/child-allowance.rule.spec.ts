import { YearMonth } from '@app/common/time/year-month';
import type { GuardianFacts, GuardianRelation } from '../../categories/rules/child-category.rule';
import { allowanceForMonth, allowanceStatusOn, overlappingProgram, parseMonthlyFen, qualifyingSince, type AllowanceFacts } from './child-allowance.rule';

const city = { missingMonths: 6, jailedMonths: 6, custodialSentenceMinMonths: 6 };

function parent(relation: GuardianRelation, situation: Partial<GuardianFacts> = {}): GuardianFacts {
  return { relation, deceasedOn: null, missingSince: null, jailedSince: null, severelyDisabled: false, seriouslyIll: false, awayForWork: false, guardianshipRevoked: false, ...situation };
}
const F = (s: Partial<GuardianFacts> = {}) => parent('FATHER', s);
const M = (s: Partial<GuardianFacts> = {}) => parent('MOTHER', s);

function child(guardians: readonly GuardianFacts[], over: Partial<AllowanceFacts> = {}): AllowanceFacts {
  return { birthDate: '2015-03-10', registeredOn: '2024-01-10', deceasedOn: null, adoptedOn: null, guardians, ...over };
}

const orphanedJuly = child([F({ deceasedOn: '2024-07-01' }), M({ deceasedOn: '2024-07-10' })]);
const m = (s: string) => YearMonth.parse(s);
const due = (facts: AllowanceFacts, month: string) => {
  const d = allowanceForMonth(facts, m(month), city);
  return d.due ? d.category : d.reason;
};

describe('allowanceForMonth', () => {
  it.each<[string, AllowanceFacts, string, string]>([
    ['orphaned in July: July not due', orphanedJuly, '2024-07', 'NOT_IN_CATEGORY'],
    ['orphaned in July: due from August', orphanedJuly, '2024-08', 'ORPHAN'],
    ['orphaned on the last day of July: due from August', child([F({ deceasedOn: '2024-06-01' }), M({ deceasedOn: '2024-07-31' })]), '2024-08', 'ORPHAN'],
    ['orphaned on 1 August: August not due', child([F({ deceasedOn: '2024-06-01' }), M({ deceasedOn: '2024-08-01' })]), '2024-08', 'NOT_IN_CATEGORY'],
    ['one dead, other jailed 6 months: de facto unsupported', child([F({ deceasedOn: '2024-07-12' }), M({ jailedSince: '2024-01-15' })]), '2024-08', 'DE_FACTO_UNSUPPORTED'],
    ['jailed 6 months reached in August: August not due', child([F({ deceasedOn: '2024-01-01' }), M({ jailedSince: '2024-02-05' })]), '2024-08', 'NOT_IN_CATEGORY'],
    ['jailed 6 months reached in August: September due', child([F({ deceasedOn: '2024-01-01' }), M({ jailedSince: '2024-02-05' })]), '2024-09', 'DE_FACTO_UNSUPPORTED'],
    ['one dead, other sentenced to a year from 20 July: August due', child([F({ deceasedOn: '2024-01-01' }), M({ jailedSince: '2024-07-20', sentenceMonths: 12 })]), '2024-08', 'DE_FACTO_UNSUPPORTED'],
    ['one dead, other sentenced to 5 months: never due', child([F({ deceasedOn: '2024-01-01' }), M({ jailedSince: '2024-01-20', sentenceMonths: 5 })]), '2024-08', 'NOT_IN_CATEGORY'],
    ['a 6-month term ended on 5 August: August paid', child([F({ deceasedOn: '2024-01-01' }), M({ jailedSince: '2024-02-05', sentenceMonths: 6 })]), '2024-08', 'DE_FACTO_UNSUPPORTED'],
    ['a 6-month term ended on 5 August: stops from September', child([F({ deceasedOn: '2024-01-01' }), M({ jailedSince: '2024-02-05', sentenceMonths: 6 })]), '2024-09', 'NOT_IN_CATEGORY'],
    ['dead and missing 6 months: de facto unsupported, not orphan', child([F({ deceasedOn: '2024-01-01' }), M({ missingSince: '2024-01-15' })]), '2024-08', 'DE_FACTO_UNSUPPORTED'],
    ['orphaned long before registration: not before the month after registration', child([F({ deceasedOn: '2020-01-01' }), M({ deceasedOn: '2020-01-01' })]), '2024-01', 'NOT_YET_DUE'],
    ['orphaned long before registration: the month after registration', child([F({ deceasedOn: '2020-01-01' }), M({ deceasedOn: '2020-01-01' })]), '2024-02', 'ORPHAN'],
    ['the child died in September: September paid', child(orphanedJuly.guardians, { deceasedOn: '2024-09-05' }), '2024-09', 'ORPHAN'],
    ['the child died in September: stops from October', child(orphanedJuly.guardians, { deceasedOn: '2024-09-05' }), '2024-10', 'DECEASED'],
    ['adopted in October: October paid', child(orphanedJuly.guardians, { adoptedOn: '2024-10-20', guardians: [M()], guardiansBeforeAdoption: orphanedJuly.guardians }), '2024-10', 'ORPHAN'],
    ['adopted in October: stops from November', child(orphanedJuly.guardians, { adoptedOn: '2024-10-20', guardians: [M()], guardiansBeforeAdoption: orphanedJuly.guardians }), '2024-11', 'ADOPTED'],
    ['turns 18 in March 2033: March paid', orphanedJuly, '2033-03', 'ORPHAN'],
    ['turns 18 in March 2033: stops from April', orphanedJuly, '2033-04', 'ADULT'],
    ['a parent regains capacity: no longer due', child([F({ deceasedOn: '2024-01-01' }), M()]), '2024-08', 'NOT_IN_CATEGORY'],
    ['in difficulty only: never due', child([F({ deceasedOn: '2024-01-01' }), M({ jailedSince: '2024-03-01' })]), '2024-08', 'NOT_IN_CATEGORY'],
  ])('%s', (_case, facts, month, expected) => {
    expect(due(facts, month)).toBe(expected);
  });

  it('reports the first month of the spell', () => {
    expect(allowanceForMonth(orphanedJuly, m('2024-12'), city)).toMatchObject({ due: true, fromMonth: m('2024-08') });
  });
});

describe('qualifyingSince and allowanceStatusOn', () => {
  it('the spell starts when the second parent is gone, whatever the order', () => {
    expect(qualifyingSince(orphanedJuly, '2024-07-15', city)).toBe('2024-07-10');
    expect(qualifyingSince(child([F({ deceasedOn: '2024-07-10' }), M({ deceasedOn: '2024-07-01' })]), '2024-07-15', city)).toBe('2024-07-10');
  });

  it('the spell of a threshold starts the day it is reached', () => {
    expect(qualifyingSince(child([F({ deceasedOn: '2024-01-01' }), M({ jailedSince: '2024-01-15' })]), '2024-07-20', city)).toBe('2024-07-15');
  });

  it('a sentence of at least the minimum: the spell starts on the first day of custody', () => {
    expect(qualifyingSince(child([F({ deceasedOn: '2024-01-01' }), M({ jailedSince: '2024-07-20', sentenceMonths: 12 })]), '2024-07-25', city)).toBe('2024-07-20');
  });

  it('jailed then missing: the spell runs through the change of reason', () => {
    const facts = child([F({ deceasedOn: '2023-01-01' }), M({ jailedSince: '2023-01-01', missingSince: '2024-01-01' })]);
    // Jailed 6 months from 2023-07-01, then also missing 6 months from 2024-07-01: unsupported throughout.
    expect(qualifyingSince(facts, '2024-07-15', city)).toBe('2023-07-01');
    expect(allowanceStatusOn(facts, '2024-07-15', city)).toMatchObject({ category: 'DE_FACTO_UNSUPPORTED' });
  });

  it('today: category and first month, or why not', () => {
    expect(allowanceStatusOn(orphanedJuly, '2024-07-15', city)).toMatchObject({ category: 'ORPHAN', since: '2024-07-10', fromMonth: m('2024-08') });
    expect(allowanceStatusOn(child([F(), M()]), '2024-07-15', city)).toMatchObject({ category: null, fromMonth: null, reason: 'NOT_IN_CATEGORY' });
  });
});

describe('overlappingProgram (低保/特困 on the same child)', () => {
  it.each<[string, Array<{ program: string; fromMonth: string | null; stopFromMonth: string | null }>, string, string | null]>([
    ['no enrollment', [], '2024-08', null],
    ['enrolled from the month', [{ program: 'DIBAO', fromMonth: '2024-08', stopFromMonth: null }], '2024-08', 'DIBAO'],
    ['enrolled from the month after', [{ program: 'DIBAO', fromMonth: '2024-09', stopFromMonth: null }], '2024-08', null],
    ['stopped from the month', [{ program: 'TEKUN', fromMonth: '2024-01', stopFromMonth: '2024-08' }], '2024-08', null],
    ['stopped from the month after', [{ program: 'TEKUN', fromMonth: '2024-01', stopFromMonth: '2024-09' }], '2024-08', 'TEKUN'],
    ['only a stop is known', [{ program: 'DIBAO', fromMonth: null, stopFromMonth: '2024-09' }], '2024-08', null],
  ])('%s', (_case, spells, month, expected) => {
    expect(overlappingProgram(spells, m(month))).toBe(expected);
  });
});

describe('parseMonthlyFen', () => {
  it.each([[135000, true], [0, false], [-1, false], [1350.5, false], ['135000', false]])('%p -> %p', (value, ok) => {
    if (ok) expect(parseMonthlyFen('k', value)).toBe(value);
    else expect(() => parseMonthlyFen('k', value)).toThrow(RangeError);
  });
});
