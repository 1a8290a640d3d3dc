// Lockout after repeated failed logins (ARCHITECTURE §5). Pure: the instant is a parameter.

export interface LoginCounters {
  /** Consecutive failed password logins since the last success or lock. */
  failedAttempts: number;
  lockedUntil: Date | null;
}

export interface LockoutPolicy {
  /** LOGIN_MAX_FAILURES: the failure that reaches this count locks the account. */
  maxFailures: number;
  /** LOGIN_LOCK_MINUTES */
  lockMinutes: number;
}

/** The end of a lock still in force at `now`, or null. */
export function lockInForce(counters: Pick<LoginCounters, 'lockedUntil'>, now: Date): Date | null {
  return counters.lockedUntil !== null && counters.lockedUntil.getTime() > now.getTime() ? counters.lockedUntil : null;
}

/**
 * The counters after a wrong password. The failure that reaches the limit locks the account for
 * the lock period and starts the count again, so that after the lock the user has the full
 * number of attempts once more (and a lock that has run out counts as none).
 */
export function afterFailedLogin(counters: LoginCounters, now: Date, policy: LockoutPolicy): LoginCounters & { locked: boolean } {
  const failedAttempts = counters.failedAttempts + 1;
  if (failedAttempts < policy.maxFailures) return { failedAttempts, lockedUntil: null, locked: false };
  return { failedAttempts: 0, lockedUntil: new Date(now.getTime() + policy.lockMinutes * 60_000), locked: true };
}

export const AFTER_SUCCESSFUL_LOGIN: LoginCounters = { failedAttempts: 0, lockedUntil: null };
