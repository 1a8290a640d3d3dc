// Divorce mediation (离婚调解, DOMAIN §6): offered to a couple whose joint divorce application is
// still open, in cooling-off or awaiting the certificate. Counselling before marriage (婚前辅导)
// is for two different people. Pure: today is a parameter.
import { divorceState, type DivorceDeadlines, type DivorceStatus } from '../../divorces/rules/cooling-off.rule';

export const MEDIATION_OUTCOMES = ['RECONCILED', 'PROCEEDING', 'UNDECIDED'] as const;
export type MediationOutcome = (typeof MEDIATION_OUTCOMES)[number];

/** As counsellors write them: reconciled (和好), going on with the divorce (继续离婚), not decided yet (暂未决定). */
export const MEDIATION_OUTCOME_LABELS: Readonly<Record<MediationOutcome, string>> = { RECONCILED: '和好', PROCEEDING: '继续离婚', UNDECIDED: '暂未决定' };

export type MediationProblemCode = 'MEDIATION.UNKNOWN_DIVORCE' | 'MEDIATION.DIVORCE_NOT_OPEN';

/** Why the couple of this application cannot be mediated today, or null. */
export function mediationProblem(divorce: (DivorceDeadlines & { status: DivorceStatus }) | null, today: string): MediationProblemCode | null {
  if (!divorce) return 'MEDIATION.UNKNOWN_DIVORCE';
  const state = divorceState(divorce.status, divorce, today);
  return state === 'COOLING_OFF' || state === 'AWAITING_CERTIFICATE' ? null : 'MEDIATION.DIVORCE_NOT_OPEN';
}

/** Premarital counselling is for a couple: two different people. */
export function counsellingCoupleProblem(residentIds: readonly string[]): 'COUNSELLING.SAME_PERSON' | null {
  return new Set(residentIds).size === residentIds.length ? null : 'COUNSELLING.SAME_PERSON';
}
