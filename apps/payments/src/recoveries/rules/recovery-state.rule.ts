// Where a recovery request stands, from the payee's accounts as they are now. Pure.

/** AWAITING: the payee has a confirmed, usable account to debit; HELD: not (yet). */
export type RecoveryState = 'AWAITING' | 'HELD';

/** Why a request is held: the payee never had a confirmed account, or the bank made it unusable. */
export type RecoveryHoldReason = 'NO_ACCOUNT' | 'ACCOUNT_UNUSABLE';

export interface PayeeAccountFacts {
  /** The payee's CONFIRMED account version, if any (one at most is in force). */
  confirmed: { unusableReason: string | null } | null;
}

/**
 * The money is taken back from the account it was paid into: the payee's account in force. A
 * closed, frozen or wrong account cannot be debited either, so the request waits for a corrected
 * one, as a held payment line does.
 */
export function recoveryHold(facts: PayeeAccountFacts): RecoveryHoldReason | null {
  if (facts.confirmed === null) return 'NO_ACCOUNT';
  if (facts.confirmed.unusableReason !== null) return 'ACCOUNT_UNUSABLE';
  return null;
}

export function recoveryState(facts: PayeeAccountFacts): RecoveryState {
  return recoveryHold(facts) === null ? 'AWAITING' : 'HELD';
}
