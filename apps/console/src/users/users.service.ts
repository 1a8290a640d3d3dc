import { AuditService } from '@app/common/audit/audit.service';
import type { Principal } from '@app/common/auth/claims';
import { Clock } from '@app/common/time/clock';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { oneTimePassword } from '../passwords/one-time-password';
import { PasswordHasher } from '../passwords/password-hasher';
import { fieldProblem } from '../problems';
import { SessionStore } from '../sessions/session-store';
import { ASSIGNABLE_ROLES } from './assignable-roles';
import type { CreatedUserDto, CreateUserDto, PasswordResetDto, UserListQuery } from './dto/user.dto';
import { userNotFound } from './user-problems';
import { findUserById, findUserByUsername, findUserForUpdate } from './user-lookup';
import { userView, type UserView } from './user-view';
import { ConsoleUser } from './user.entity';
import { unknownRoles } from './rules/user-changes.rule';
import { pageOf, pageWindow, type Page } from '@app/common/http/page-query.dto';

const UNIQUE_VIOLATION = '23505';

/** 400 USER.UNKNOWN_ROLE on the field `roles` unless every role is assignable. */
export function assertAssignable(roles: readonly string[]): void {
  const unknown = unknownRoles(roles, ASSIGNABLE_ROLES);
  if (unknown.length > 0) throw fieldProblem('USER.UNKNOWN_ROLE', 400, 'roles', 'unknownRole', `holds roles the platform does not know: ${unknown.join(', ')}`);
}

const usernameTaken = (username: string) => fieldProblem('USER.USERNAME_TAKEN', 409, 'username', 'taken', 'is taken', `The username ${username} is taken.`);

/** User administration (admins only): every change is audited in the same transaction, without hashes. */
@Injectable()
export class UsersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionStore,
    private readonly audit: AuditService,
  ) {}

  async list(query: UserListQuery): Promise<Page<UserView>> {
    const { offset, limit } = pageWindow(query);
    const qb = this.dataSource.manager.createQueryBuilder(ConsoleUser, 'u');
    const q = query.q?.trim();
    if (q) {
      const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      qb.where('(u.username ILIKE :pattern OR u.display_name ILIKE :pattern)', { pattern });
    }
    const [rows, total] = await qb.orderBy('lower(u.username)', 'ASC').addOrderBy('u.id').skip(offset).take(limit).getManyAndCount();
    return pageOf(rows.map(userView), total, query);
  }

  async get(id: string): Promise<UserView> {
    const user = await findUserById(this.dataSource.manager, id);
    if (!user) throw userNotFound(id);
    return userView(user);
  }

  async create(admin: Principal, dto: CreateUserDto): Promise<CreatedUserDto> {
    assertAssignable(dto.roles);
    if (await findUserByUsername(this.dataSource.manager, dto.username)) throw usernameTaken(dto.username);
    const password = oneTimePassword();
    const passwordHash = await this.hasher.hash(password);
    const now = this.clock.now();
    const draft = { ...dto, disabled: false, passwordHash, mustChangePassword: true, failedAttempts: 0, lockedUntil: null, createdAt: now, updatedAt: now };
    try {
      const user = await this.dataSource.transaction(async (manager) => {
        const saved = await manager.save(manager.create(ConsoleUser, draft));
        await this.record(manager, admin, 'user.created', saved.id, undefined, userView(saved));
        return saved;
      });
      return { user: userView(user), oneTimePassword: password };
    } catch (err) {
      // Two administrators creating the same username at once: the unique index decides.
      if ((err as { code?: string }).code === UNIQUE_VIOLATION) throw usernameTaken(dto.username);
      throw err;
    }
  }

  /** A new one-time password; the lock is lifted and every session of the user ends. */
  async resetPassword(admin: Principal, id: string): Promise<PasswordResetDto> {
    const password = oneTimePassword();
    const passwordHash = await this.hasher.hash(password);
    await this.dataSource.transaction(async (manager) => {
      const user = await findUserForUpdate(manager, id);
      if (!user) throw userNotFound(id);
      const before = userView(user);
      Object.assign(user, { passwordHash, mustChangePassword: true, failedAttempts: 0, lockedUntil: null, updatedAt: this.clock.now() });
      await manager.save(user);
      await this.sessions.endAllFor(manager, user.id);
      await this.record(manager, admin, 'user.password-reset', user.id, before, userView(user));
    });
    return { oneTimePassword: password };
  }

  record(manager: EntityManager, admin: Principal, action: string, userId: string, before: UserView | undefined, after: UserView): Promise<void> {
    return this.audit.record(manager, { actor: admin, action, entityType: 'console-user', entityId: userId, before, after });
  }
}
