// Where a recovery request stands, from its batch line (if any) and the payee's accounts as they
// are now. Pure.
import type { RecoveryOutcome } from '@app/contracts';

/**
 * HELD: no confirmed, usable account to debit (yet); AWAITING: one is, for the next assembly;
 * IN_BATCH: in a recovery batch, the bank has not answered; then the bank's outcome.
 */
export type RecoveryState = 'HELD' | 'AWAITING' | 'IN_BATCH' | RecoveryOutcome;

/** Why a request is held: the payee never had a confirmed account, or the bank made it unusable. */
export type RecoveryHoldReason = 'NO_ACCOUNT' | 'ACCOUNT_UNUSABLE';

export interface RecoveryFacts {
  /** The payee's CONFIRMED account version, if any (one at most is in force). */
  confirmed: { unusableReason: string | null } | null;
  /** The request's line in a recovery batch, if it was assembled. */
  line?: { outcome: RecoveryOutcome | null } | null;
}

/**
 * The money is taken back from the account it was paid into: the payee's account in force. A
 * closed, frozen or wrong account cannot be debited either, so the request waits for a corrected
 * one, as a held payment line does. Once batched, the account no longer matters.
 */
export function recoveryHold(facts: RecoveryFacts): RecoveryHoldReason | null {
  if (facts.line) return null;
  if (facts.confirmed === null) return 'NO_ACCOUNT';
  if (facts.confirmed.unusableReason !== null) return 'ACCOUNT_UNUSABLE';
  return null;
}

export function recoveryState(facts: RecoveryFacts): RecoveryState {
  if (facts.line) return facts.line.outcome ?? 'IN_BATCH';
  return recoveryHold(facts) === null ? 'AWAITING' : 'HELD';
}
