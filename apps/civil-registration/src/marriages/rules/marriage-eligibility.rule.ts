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

/** The marriage conditions, named by the refusal each gives, in the order a registrar checks them. */
export const MARRIAGE_CONDITIONS = [
  'MARRIAGE.SAME_PERSON',
  'MARRIAGE.PARTIES_NOT_PRESENT',
  'MARRIAGE.PARTY_DECEASED',
  'MARRIAGE.UNDER_LEGAL_AGE',
  'MARRIAGE.SAME_SEX',
  'MARRIAGE.ALREADY_MARRIED',
  'MARRIAGE.PROHIBITED_KINSHIP',
] as const;
export type MarriageProblemCode = (typeof MARRIAGE_CONDITIONS)[number];

export interface MarriageProblem {
  code: MarriageProblemCode;
  detail: string;
}

/** Whether a person of this birth date and sex has the legal age on `onDate` (birthday counts). */
export function hasLegalMarriageAge(birthDate: string, sex: 'M' | 'F', onDate: string): boolean {
  return onDate >= birthDate && ageOn(birthDate, onDate) >= LEGAL_MARRIAGE_AGE[sex];
}

/** One legal condition of a marriage as checked for two parties: passed, or why not. */
export interface MarriageCheck {
  code: MarriageProblemCode;
  passed: boolean;
  /** Why it failed (the problem's detail); null when it passed. */
  detail: string | null;
  /** The party it failed for (the first when both), for a condition of one person; else null. */
  party: 'FIRST' | 'SECOND' | null;
}

/**
 * Every condition for the two to marry on `registeredOn`, in the order a registrar checks them
 * (the same order decides which refusal `marriageProblem` gives). The console shows the list
 * before anything is registered.
 */
export function marriageChecks(a: PartyFacts, b: PartyFacts, registeredOn: string, kinship: Kinship, bothPresent: boolean): MarriageCheck[] {
  const ofBoth = (code: MarriageProblemCode, failure: string | null): MarriageCheck => ({ code, passed: failure === null, detail: failure, party: null });
  const ofEach = (code: MarriageProblemCode, failing: (party: PartyFacts) => boolean, detail: (label: string, party: PartyFacts) => string): MarriageCheck => {
    const found = (
      [
        ['FIRST', 'first', a],
        ['SECOND', 'second', b],
      ] as const
    ).find(([, , party]) => failing(party));
    return found ? { code, passed: false, detail: detail(found[1], found[2]), party: found[0] } : { code, passed: true, detail: null, party: null };
  };
  return [
    ofBoth('MARRIAGE.SAME_PERSON', a.residentId === b.residentId ? 'The two parties are the same person.' : null),
    ofBoth('MARRIAGE.PARTIES_NOT_PRESENT', bothPresent ? null : 'Both parties must be present in person.'),
    ofEach('MARRIAGE.PARTY_DECEASED', (p) => p.deceased, (label) => `The ${label} party is recorded as deceased.`),
    ofEach(
      'MARRIAGE.UNDER_LEGAL_AGE',
      (p) => !hasLegalMarriageAge(p.birthDate, p.sex, registeredOn),
      (label, p) => `The ${label} party is under the legal marriage age (${LEGAL_MARRIAGE_AGE[p.sex]}) on ${registeredOn}.`,
    ),
    ofBoth('MARRIAGE.SAME_SEX', a.sex === b.sex ? 'A marriage is registered between a man and a woman.' : null),
    ofEach('MARRIAGE.ALREADY_MARRIED', (p) => p.currentlyMarried, (label) => `The ${label} party is currently married.`),
    ofBoth('MARRIAGE.PROHIBITED_KINSHIP', kinship === 'NONE' ? null : 'Lineal relatives and collateral relatives within three generations may not marry.'),
  ];
}

/** The first reason the two cannot marry on `registeredOn`, or null. */
export function marriageProblem(a: PartyFacts, b: PartyFacts, registeredOn: string, kinship: Kinship, bothPresent: boolean): MarriageProblem | null {
  const failed = marriageChecks(a, b, registeredOn, kinship, bothPresent).find((c) => !c.passed);
  return failed ? { code: failed.code, detail: failed.detail ?? '' } : null;
}
