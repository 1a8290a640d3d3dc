// 单人户 single-person household (DOMAIN §1 [N]): a severely disabled or seriously ill member of a
// borderline family (per-capita income below borderlineFactor × standard) is enrolled alone; the
// benefit is then computed for that person as a household of one.
import { perCapitaIncome, type MemberFacts } from './dibao-benefit.rule';

export const SINGLE_PERSON_CATEGORIES = ['SEVERELY_DISABLED', 'SERIOUSLY_ILL'] as const;

export const SINGLE_PERSON_INELIGIBILITIES = ['NOT_DISABLED_OR_ILL', 'HOUSEHOLD_NOT_BORDERLINE', 'INCOME_NOT_BELOW_STANDARD'] as const;
export type SinglePersonIneligibility = (typeof SINGLE_PERSON_INELIGIBILITIES)[number];

export interface SinglePersonFacts {
  person: MemberFacts;
  household: readonly MemberFacts[];
  standard: number;
  borderlineFactor: number;
}

export function singlePersonIneligibility(f: SinglePersonFacts): SinglePersonIneligibility | null {
  if (!f.person.categories.some((c) => (SINGLE_PERSON_CATEGORIES as readonly string[]).includes(c))) return 'NOT_DISABLED_OR_ILL';
  if (!(perCapitaIncome(f.household) < f.borderlineFactor * f.standard)) return 'HOUSEHOLD_NOT_BORDERLINE';
  if (!(f.person.monthlyIncomeFen < f.standard)) return 'INCOME_NOT_BELOW_STANDARD';
  return null;
}
