// What the category rules know of a parent or guardian (its own file so that the category rules
// can share it without importing each other).

export type GuardianRelation = 'FATHER' | 'MOTHER' | 'GUARDIAN';

/** The situation of a parent or guardian. Dates are YYYY-MM-DD; null/false = not the case. */
export interface GuardianSituation {
  /** Died, or declared dead (宣告死亡) by a court: the date of death the court fixed. */
  deceasedOn: string | null;
  missingSince: string | null;
  /** First day of custody (羁押). */
  jailedSince: string | null;
  /** Length of the custodial sentence in months; null (or absent in older records) = not recorded. */
  sentenceMonths?: number | null;
  severelyDisabled: boolean;
  seriouslyIll: boolean;
  awayForWork: boolean;
  guardianshipRevoked: boolean;
}

export interface GuardianFacts extends GuardianSituation {
  relation: GuardianRelation;
}
