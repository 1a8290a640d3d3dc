import type { RecoveryOutcome } from '@app/contracts';

/** An attempt to recover an overpayment from the payee's 一卡通 account (冲正). */
export type RecoveryStatus = 'REQUESTED' | 'APPROVED' | RecoveryOutcome;

export interface RecoverableOverpayment {
  status: string;
  recoveryStatus: RecoveryStatus | null;
  recoveryRequestedBy: string | null;
}

/** Why an overpayment cannot be put up for recovery now; null when it can. */
export function recoveryRequestProblem(o: RecoverableOverpayment): 'NOT_OPEN' | 'RECOVERY_OPEN' | null {
  if (o.status !== 'OPEN' || o.recoveryStatus === 'RECOVERED') return 'NOT_OPEN';
  // One attempt at a time: payments must never debit the same receivable twice.
  if (o.recoveryStatus === 'REQUESTED' || o.recoveryStatus === 'APPROVED') return 'RECOVERY_OPEN';
  return null;
}

/** Four eyes where money moves: the official who asked cannot approve. */
export function recoveryApprovalProblem(o: RecoverableOverpayment, approver: string): 'NOT_REQUESTED' | 'SAME_PERSON' | null {
  if (o.recoveryStatus !== 'REQUESTED') return 'NOT_REQUESTED';
  if (o.recoveryRequestedBy === approver) return 'SAME_PERSON';
  return null;
}

/** Only the approved attempt the bank answered about moves on; a stale or repeated answer changes nothing. */
export function acceptsSettlement(o: { recoveryId: string | null; recoveryStatus: RecoveryStatus | null }, recoveryId: string): boolean {
  return o.recoveryId === recoveryId && o.recoveryStatus === 'APPROVED';
}
