import { Clock } from '@app/common/time/clock';
import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, LessThan, type EntityManager } from 'typeorm';
import { CONSOLE_CONFIG, type ConsoleConfig } from '../config/console-config';
import { ConsoleUser } from '../users/user.entity';
import { sessionCutoffs, sessionState } from './rules/session-expiry.rule';
import { ConsoleSession, type SessionMethod } from './session.entity';

/** A session id as the browser holds it (256 random bits) and the CSRF token that goes with it. */
export interface OpenedSession {
  sessionId: string;
  csrfToken: string;
  user: ConsoleUser;
}

export type SessionLookup =
  | { status: 'active'; session: ConsoleSession; user: ConsoleUser }
  | { status: 'none' }
  | { status: 'expired' };

/** Sessions are found by the SHA-256 of the cookie value; the value itself is never stored. */
export function sessionIdHash(sessionId: string): string {
  return createHash('sha256').update(sessionId, 'utf8').digest('hex');
}

/** A session id is 32 random bytes in base64url (43 characters); anything else finds nothing. */
const SESSION_ID = /^[A-Za-z0-9_-]{43}$/;

@Injectable()
export class SessionStore {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    @Inject(CONSOLE_CONFIG) private readonly config: ConsoleConfig,
  ) {}

  /** Opens a session for the user in the caller's transaction, and removes sessions that have ended. */
  async open(manager: EntityManager, user: ConsoleUser, method: SessionMethod): Promise<OpenedSession> {
    const now = this.clock.now();
    await this.sweep(manager, now);
    const sessionId = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(32).toString('base64url');
    await manager.insert(ConsoleSession, { idHash: sessionIdHash(sessionId), userId: user.id, csrfToken, method, createdAt: now, lastSeenAt: now });
    return { sessionId, csrfToken, user };
  }

  /**
   * The session of a cookie value and its user, judged by the injected clock. An ended session,
   * or one whose user is gone or disabled, is deleted on sight.
   */
  async lookup(sessionId: string | undefined): Promise<SessionLookup> {
    if (typeof sessionId !== 'string' || !SESSION_ID.test(sessionId)) return { status: 'none' };
    const idHash = sessionIdHash(sessionId);
    const session = await this.dataSource.manager.findOneBy(ConsoleSession, { idHash });
    if (!session) return { status: 'none' };
    if (sessionState(session, this.clock.now(), this.config.session) !== 'active') {
      await this.endByHash(idHash);
      return { status: 'expired' };
    }
    const user = await this.dataSource.manager.findOneBy(ConsoleUser, { id: session.userId });
    if (!user || user.disabled) {
      await this.endByHash(idHash);
      return { status: 'none' };
    }
    return { status: 'active', session, user };
  }

  /** Marks the session used now, which moves its idle expiry. */
  async touch(session: ConsoleSession): Promise<void> {
    await this.dataSource.manager.update(ConsoleSession, { idHash: session.idHash }, { lastSeenAt: this.clock.now() });
  }

  async endByHash(idHash: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.delete(ConsoleSession, { idHash });
  }

  /** Ends the session of a cookie value, if it names one (logging in over an old session). */
  async endById(sessionId: string | undefined): Promise<void> {
    if (typeof sessionId === 'string' && SESSION_ID.test(sessionId)) await this.endByHash(sessionIdHash(sessionId));
  }

  /** Ends every session of the user (disabled, password reset), or every one but `keepIdHash`. */
  async endAllFor(manager: EntityManager, userId: string, keepIdHash?: string): Promise<void> {
    const query = manager.createQueryBuilder().delete().from(ConsoleSession).where('user_id = :userId', { userId });
    if (keepIdHash) query.andWhere('id_hash <> :keepIdHash', { keepIdHash });
    await query.execute();
  }

  private async sweep(manager: EntityManager, now: Date): Promise<void> {
    const { idleBefore, createdBefore } = sessionCutoffs(now, this.config.session);
    await manager.delete(ConsoleSession, { lastSeenAt: LessThan(idleBefore) });
    await manager.delete(ConsoleSession, { createdAt: LessThan(createdBefore) });
  }
}
