import type { MemberFacts } from './dibao-benefit.rule';
import { singlePersonIneligibility } from './single-person.rule';

const m = (monthlyIncomeFen: number, ...categories: string[]): MemberFacts => ({ monthlyIncomeFen, categories });
const standard = 73500;

describe('singlePersonIneligibility (单人户)', () => {
  it.each<[string, MemberFacts, MemberFacts[], string | null]>([
    ['severely disabled in a borderline family', m(0, 'SEVERELY_DISABLED'), [m(0, 'SEVERELY_DISABLED'), m(200000)], null],
    ['seriously ill also qualifies', m(0, 'SERIOUSLY_ILL'), [m(0, 'SERIOUSLY_ILL'), m(200000)], null],
    ['only elderly does not', m(0, 'ELDERLY'), [m(0, 'ELDERLY'), m(200000)], 'NOT_DISABLED_OR_ILL'],
    ['per-capita income equal to 1.5 × standard is not borderline', m(0, 'SEVERELY_DISABLED'), [m(0, 'SEVERELY_DISABLED'), m(220500)], 'HOUSEHOLD_NOT_BORDERLINE'],
    ['one fen below 1.5 × standard is borderline', m(0, 'SEVERELY_DISABLED'), [m(0, 'SEVERELY_DISABLED'), m(220499)], null],
    ['own income at the standard', m(73500, 'SEVERELY_DISABLED'), [m(73500, 'SEVERELY_DISABLED'), m(100000)], 'INCOME_NOT_BELOW_STANDARD'],
  ])('%s', (_name, person, household, expected) => {
    expect(singlePersonIneligibility({ person, household, standard, borderlineFactor: 1.5 })).toBe(expected);
  });
});
