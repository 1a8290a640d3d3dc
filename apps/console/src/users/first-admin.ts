import { AuditService } from '@app/common/audit/audit.service';
import { Clock } from '@app/common/time/clock';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CONSOLE_CONFIG, type ConsoleConfig } from '../config/console-config';
import { oneTimePassword } from '../passwords/one-time-password';
import { PasswordHasher } from '../passwords/password-hasher';
import { PASSWORD_WEAKNESS_MESSAGES, passwordWeaknesses } from '../passwords/rules/password-policy.rule';
import { CONSOLE_ADMIN_ROLE } from './assignable-roles';
import { userView } from './user-view';
import { ConsoleUser } from './user.entity';

export const FIRST_ADMIN_USERNAME = 'admin';
/** The whole platform: the first admin sets everything else up, including narrower admins. */
const FIRST_ADMIN_DIVISION = '000000';
/** Two replicas starting on an empty database must not both create the first admin. */
const FIRST_ADMIN_LOCK = 0x61646d6e; // 'admn'

/**
 * Without users nobody could log in to create one: on start, an empty user table gets `admin`.
 * Its password is CONSOLE_ADMIN_PASSWORD when set, else a one-time password printed once to the
 * log and to be changed at first login. There is no fixed default password.
 */
@Injectable()
export class FirstAdmin implements OnApplicationBootstrap {
  private readonly logger = new Logger(FirstAdmin.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditService,
    @Inject(CONSOLE_CONFIG) private readonly config: ConsoleConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const configured = this.config.adminPassword;
    if (configured !== undefined) {
      const weaknesses = passwordWeaknesses(configured, { username: FIRST_ADMIN_USERNAME });
      if (weaknesses.length > 0) throw new Error(`CONSOLE_ADMIN_PASSWORD ${weaknesses.map((w) => PASSWORD_WEAKNESS_MESSAGES[w]).join(' and ')}`);
    }
    const password = configured ?? oneTimePassword();
    const created = await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [FIRST_ADMIN_LOCK]);
      const [{ n }]: Array<{ n: number }> = await manager.query('SELECT count(*)::int AS n FROM console_user');
      if (n > 0) return false;
      await this.create(manager, password, configured === undefined);
      return true;
    });
    if (!created) return;
    if (configured !== undefined) {
      this.logger.log(`created the first user "${FIRST_ADMIN_USERNAME}" with the password from CONSOLE_ADMIN_PASSWORD`);
    } else {
      this.logger.warn(`created the first user "${FIRST_ADMIN_USERNAME}" with the one-time password ${password} (shown only now; it must be changed at first login)`);
    }
  }

  private async create(manager: EntityManager, password: string, mustChangePassword: boolean): Promise<void> {
    const now = this.clock.now();
    const admin = await manager.save(
      manager.create(ConsoleUser, {
        username: FIRST_ADMIN_USERNAME,
        displayName: '系统管理员',
        roles: [CONSOLE_ADMIN_ROLE],
        division: FIRST_ADMIN_DIVISION,
        disabled: false,
        passwordHash: await this.hasher.hash(password),
        mustChangePassword,
        failedAttempts: 0,
        lockedUntil: null,
        createdAt: now,
        updatedAt: now,
      }),
    );
    await this.audit.record(manager, { actor: { system: 'console-start' }, action: 'user.created', entityType: 'console-user', entityId: admin.id, after: userView(admin) });
  }
}
