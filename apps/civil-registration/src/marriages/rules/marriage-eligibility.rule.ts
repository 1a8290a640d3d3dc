// Marriage conditions (DOMAIN §6, Civil Code arts. 1046-1049). The legal ages are law, not policy.
import { ageOn } from '@app/common/resident-id/resident-id';

/** Civil Code art. 1047: man 22, woman 20, on the registration date. */
export const LEGAL_MARRIAGE_AGE = { M: 22, F: 20 } as const;

/** NONE, or a relationship the parties declared that bars marriage (art. 1048). */
export const KINSHIPS = ['NONE', 'LINEAL', 'COLLATERAL_WITHIN_THREE_GENERATIONS'] as const;
export type Kinship = (typeof KINSHIPS)[number];

export interface PartyFacts {
  residentId: string;
  birthDate: string;
  sex: 'M' | 'F';
  /** A death is recorded for this person. */
  deceased: boolean;
  /** In a marriage that has not ended (by divorce or the spouse's death), per this service's records. */
  currentlyMarried: boolean;
}

export type MarriageProblemCode =
  | 'MARRIAGE.SAME_PERSON'
  | 'MARRIAGE.PARTIES_NOT_PRESENT'
  | 'MARRIAGE.PARTY_DECEASED'
  | 'MARRIAGE.UNDER_LEGAL_AGE'
  | 'MARRIAGE.SAME_SEX'
  | 'MARRIAGE.ALREADY_MARRIED'
  | 'MARRIAGE.PROHIBITED_KINSHIP';

export interface MarriageProblem {
  code: MarriageProblemCode;
  detail: string;
}

/** Whether a person of this birth date and sex has the legal age on `onDate` (birthday counts). */
export function hasLegalMarriageAge(birthDate: string, sex: 'M' | 'F', onDate: string): boolean {
  return onDate >= birthDate && ageOn(birthDate, onDate) >= LEGAL_MARRIAGE_AGE[sex];
}

/** The first reason the two cannot marry on `registeredOn`, or null. */
export function marriageProblem(a: PartyFacts, b: PartyFacts, registeredOn: string, kinship: Kinship, bothPresent: boolean): MarriageProblem | null {
  if (a.residentId === b.residentId) return { code: 'MARRIAGE.SAME_PERSON', detail: 'The two parties are the same person.' };
  if (!bothPresent) return { code: 'MARRIAGE.PARTIES_NOT_PRESENT', detail: 'Both parties must be present in person.' };
  for (const [label, party] of [['first', a], ['second', b]] as const) {
    if (party.deceased) return { code: 'MARRIAGE.PARTY_DECEASED', detail: `The ${label} party is recorded as deceased.` };
  }
  for (const [label, party] of [['first', a], ['second', b]] as const) {
    if (!hasLegalMarriageAge(party.birthDate, party.sex, registeredOn)) {
      return { code: 'MARRIAGE.UNDER_LEGAL_AGE', detail: `The ${label} party is under the legal marriage age (${LEGAL_MARRIAGE_AGE[party.sex]}) on ${registeredOn}.` };
    }
  }
  if (a.sex === b.sex) return { code: 'MARRIAGE.SAME_SEX', detail: 'A marriage is registered between a man and a woman.' };
  for (const [label, party] of [['first', a], ['second', b]] as const) {
    if (party.currentlyMarried) return { code: 'MARRIAGE.ALREADY_MARRIED', detail: `The ${label} party is currently married.` };
  }
  if (kinship !== 'NONE') return { code: 'MARRIAGE.PROHIBITED_KINSHIP', detail: 'Lineal relatives and collateral relatives within three generations may not marry.' };
  return null;
}
