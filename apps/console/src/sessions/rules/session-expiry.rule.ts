// Idle and absolute session expiry (ARCHITECTURE §5). Pure: the instant is a parameter.

export interface SessionTimes {
  createdAt: Date;
  lastSeenAt: Date;
}

export interface SessionPolicy {
  /** SESSION_IDLE_MINUTES: a session unused this long has ended. */
  idleMinutes: number;
  /** SESSION_ABSOLUTE_HOURS: a session this old has ended, however busy. */
  absoluteHours: number;
}

export type SessionState = 'active' | 'idle' | 'too-old';

/** Whether a session may still be used at `now`. At exactly the limit it has ended. */
export function sessionState(session: SessionTimes, now: Date, policy: SessionPolicy): SessionState {
  const t = now.getTime();
  if (t >= session.createdAt.getTime() + policy.absoluteHours * 3_600_000) return 'too-old';
  if (t >= session.lastSeenAt.getTime() + policy.idleMinutes * 60_000) return 'idle';
  return 'active';
}

/** Sessions last seen before `idleBefore` or created before `createdBefore` have ended at `now`. */
export function sessionCutoffs(now: Date, policy: SessionPolicy): { idleBefore: Date; createdBefore: Date } {
  return {
    idleBefore: new Date(now.getTime() - policy.idleMinutes * 60_000),
    createdBefore: new Date(now.getTime() - policy.absoluteHours * 3_600_000),
  };
}
