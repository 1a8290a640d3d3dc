import type { GuardianFacts, GuardianRelation } from '../../categories/rules/child-category.rule';
import { allowanceTransitions, type AnnouncedSpell } from './allowance-transition.rule';
import type { AllowanceFacts } from './child-allowance.rule';

const city = () => ({ missingMonths: 6, jailedMonths: 6 });

function parent(relation: GuardianRelation, situation: Partial<GuardianFacts> = {}): GuardianFacts {
  return { relation, deceasedOn: null, missingSince: null, jailedSince: null, severelyDisabled: false, seriouslyIll: false, awayForWork: false, guardianshipRevoked: false, ...situation };
}
const F = (s: Partial<GuardianFacts> = {}) => parent('FATHER', s);
const M = (s: Partial<GuardianFacts> = {}) => parent('MOTHER', s);
function child(guardians: readonly GuardianFacts[], over: Partial<AllowanceFacts> = {}): AllowanceFacts {
  return { birthDate: '2015-03-10', registeredOn: '2024-01-10', deceasedOn: null, adoptedOn: null, guardians, ...over };
}

const orphanedJuly = child([F({ deceasedOn: '2024-07-01' }), M({ deceasedOn: '2024-07-10' })]);
const augustSpell: AnnouncedSpell = { category: 'ORPHAN', fromMonth: '2024-08' };
const adoptedOctober = child([M()], { adoptedOn: '2024-10-20', guardiansBeforeAdoption: orphanedJuly.guardians });

const show = (facts: AllowanceFacts, announced: AnnouncedSpell | null, asOf: string) =>
  allowanceTransitions(facts, announced, asOf, city).map((t) =>
    t.kind === 'STARTED' ? `STARTED ${t.category} ${t.fromMonth.toString()}` : `STOPPED ${t.category} ${t.reason} ${t.stopFromMonth.toString()}`,
  );

describe('allowanceTransitions (DOMAIN §5 announcements)', () => {
  it.each<[string, AllowanceFacts, AnnouncedSpell | null, string, string[]]>([
    ['never qualified, nothing announced: nothing', child([F(), M()]), null, '2024-08-01', []],
    ['orphaned in July: starts from August', orphanedJuly, null, '2024-07-15', ['STARTED ORPHAN 2024-08']],
    ['already announced, same facts replayed: nothing', orphanedJuly, augustSpell, '2024-09-01', []],
    ['adopted in October: stops from November', adoptedOctober, augustSpell, '2024-10-21', ['STOPPED ORPHAN ADOPTED 2024-11']],
    ['died in September: stops from October', child(orphanedJuly.guardians, { deceasedOn: '2024-09-05' }), augustSpell, '2024-09-06', ['STOPPED ORPHAN DECEASED 2024-10']],
    ['turned 18 in March 2033: stops from April', orphanedJuly, augustSpell, '2033-03-11', ['STOPPED ORPHAN ADULT 2033-04']],
    [
      'a missing parent returns in September: stops from October',
      child([F({ deceasedOn: '2023-01-01' }), M()]),
      { category: 'DE_FACTO_UNSUPPORTED', fromMonth: '2024-02' },
      '2024-09-12',
      ['STOPPED DE_FACTO_UNSUPPORTED NOT_IN_CATEGORY 2024-10'],
    ],
    ['registered and adopted before the first month: stops from the first month', child([M()], { adoptedOn: '2024-07-20', guardiansBeforeAdoption: orphanedJuly.guardians }), augustSpell, '2024-07-25', ['STOPPED ORPHAN ADOPTED 2024-08']],
    ['stopped, nothing announced any more: nothing', adoptedOctober, null, '2024-12-01', []],
  ])('%s', (_case, facts, announced, asOf, expected) => {
    expect(show(facts, announced, asOf)).toEqual(expected);
  });
});
