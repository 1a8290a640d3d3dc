import { AuditService } from '@app/common/audit/audit.service';
import { Clock } from '@app/common/time/clock';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CONSOLE_CONFIG, type ConsoleConfig } from '../config/console-config';
import { PasswordHasher } from '../passwords/password-hasher';
import { consoleProblem } from '../problems';
import { findUserByUsername, findUserForUpdate } from '../users/user-lookup';
import { userView } from '../users/user-view';
import { ConsoleUser } from '../users/user.entity';
import { AFTER_SUCCESSFUL_LOGIN, afterFailedLogin, lockInForce } from './rules/lockout.rule';
import { SessionStore, type OpenedSession } from './session-store';

type Outcome = { kind: 'opened'; opened: OpenedSession } | { kind: 'failed' } | { kind: 'locked'; until: Date } | { kind: 'disabled' };

const invalidCredentials = () => consoleProblem('AUTH.INVALID_CREDENTIALS', { status: 401, detail: 'Wrong username or password.' });

/**
 * Password login with lockout (LOGIN_MAX_FAILURES wrong passwords in a row lock the account for
 * LOGIN_LOCK_MINUTES). An unknown username costs a dummy hash verification and answers exactly
 * like a wrong password, so neither the answer nor its timing tells which usernames exist.
 */
@Injectable()
export class LoginService {
  private readonly logger = new Logger(LoginService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionStore,
    private readonly audit: AuditService,
    @Inject(CONSOLE_CONFIG) private readonly config: ConsoleConfig,
  ) {}

  async login(username: string, password: string): Promise<OpenedSession> {
    const now = this.clock.now();
    const user = await findUserByUsername(this.dataSource.manager, username);
    if (!user) {
      await this.hasher.verifyAgainstDummy(password);
      throw invalidCredentials();
    }
    const lock = lockInForce(user, now);
    if (lock) throw this.locked(lock);
    // The hash is checked outside the transaction: the row stays locked only for the bookkeeping.
    const passwordOk = await this.hasher.verify(user.passwordHash, password);
    // A failure is committed before it is answered; an exception inside would roll it back.
    const outcome = await this.dataSource.transaction((manager) => this.settle(manager, user.id, passwordOk, now));
    switch (outcome.kind) {
      case 'opened':
        return outcome.opened;
      case 'locked':
        throw this.locked(outcome.until);
      case 'disabled':
        throw consoleProblem('AUTH.DISABLED', { status: 403, detail: 'The account is disabled; ask an administrator.' });
      case 'failed':
        throw invalidCredentials();
    }
  }

  /** Counts the attempt on the row, locked against parallel attempts, and opens the session. */
  private async settle(manager: EntityManager, userId: string, passwordOk: boolean, now: Date): Promise<Outcome> {
    const user = await findUserForUpdate(manager, userId);
    if (!user) return { kind: 'failed' };
    // A parallel attempt may have locked the account while this one's hash was being checked.
    const lock = lockInForce(user, now);
    if (lock) return { kind: 'locked', until: lock };
    if (!passwordOk) return this.countFailure(manager, user, now);
    if (user.failedAttempts !== 0 || user.lockedUntil !== null) {
      await manager.update(ConsoleUser, { id: user.id }, AFTER_SUCCESSFUL_LOGIN);
      Object.assign(user, AFTER_SUCCESSFUL_LOGIN);
    }
    if (user.disabled) return { kind: 'disabled' };
    return { kind: 'opened', opened: await this.sessions.open(manager, user, 'password') };
  }

  private async countFailure(manager: EntityManager, user: ConsoleUser, now: Date): Promise<Outcome> {
    const next = afterFailedLogin(user, now, this.config.login);
    await manager.update(ConsoleUser, { id: user.id }, { failedAttempts: next.failedAttempts, lockedUntil: next.lockedUntil });
    if (!next.locked || !next.lockedUntil) return { kind: 'failed' };
    const before = userView(user);
    await this.audit.record(manager, {
      actor: { system: 'console-login' },
      action: 'user.locked',
      entityType: 'console-user',
      entityId: user.id,
      before,
      after: { ...before, lockedUntil: next.lockedUntil.toISOString() },
      reason: `${this.config.login.maxFailures} failed logins in a row`,
    });
    this.logger.warn(`account ${user.username} locked until ${next.lockedUntil.toISOString()} after ${this.config.login.maxFailures} failed logins`);
    return { kind: 'locked', until: next.lockedUntil };
  }

  private locked(until: Date) {
    return consoleProblem('AUTH.LOCKED', {
      status: 423,
      detail: `Too many failed logins; the account is locked until ${until.toISOString()}.`,
      extensions: { lockedUntil: until.toISOString() },
    });
  }
}
