import type { Principal } from '@app/common/auth/claims';
import { Clock } from '@app/common/time/clock';
import { assertCurrentVersion, type ExpectedVersions } from '@app/common/http/if-match';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { consoleProblem } from '../problems';
import { SessionStore } from '../sessions/session-store';
import { CONSOLE_ADMIN_ROLE } from './assignable-roles';
import type { UpdateUserDto } from './dto/user.dto';
import { removesLastAdmin } from './rules/user-changes.rule';
import { userNotFound } from './user-problems';
import { findUserForUpdate } from './user-lookup';
import { userView, type UserView } from './user-view';
import { ConsoleUser } from './user.entity';
import { assertAssignable, UsersService } from './users.service';

/** Serialises changes that could take away the last admin (two admins disabling each other at once). */
const ADMIN_CHANGES_LOCK = 0x636f6e73; // 'cons'

/**
 * Changes to a user by an administrator: display name, roles, division, disabled. Disabling ends
 * the user's sessions at once; new roles and divisions reach the services with the user's next
 * call, whose token is minted from the row.
 */
@Injectable()
export class UserUpdateService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly sessions: SessionStore,
    private readonly users: UsersService,
  ) {}

  async update(admin: Principal, id: string, dto: UpdateUserDto, expected?: ExpectedVersions): Promise<UserView> {
    if (dto.roles) assertAssignable(dto.roles);
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [ADMIN_CHANGES_LOCK]);
      const user = await findUserForUpdate(manager, id);
      if (!user) throw userNotFound(id);
      assertCurrentVersion(expected, user.version, 'user');
      const before = userView(user);
      const changed = this.apply(user, dto);
      if (!changed.details && !changed.disabled) return before;
      await this.refuseRemovingLastAdmin(manager, before, user);
      user.updatedAt = this.clock.now();
      user.version += 1;
      await manager.save(user);
      const after = userView(user);
      if (changed.details) await this.users.record(manager, admin, 'user.updated', user.id, before, after);
      if (changed.disabled) {
        if (user.disabled) await this.sessions.endAllFor(manager, user.id);
        await this.users.record(manager, admin, user.disabled ? 'user.disabled' : 'user.enabled', user.id, before, after);
      }
      return after;
    });
  }

  /** Applies the fields given; says whether the details or the disabled flag changed. */
  private apply(user: ConsoleUser, dto: UpdateUserDto): { details: boolean; disabled: boolean } {
    const roles = dto.roles ?? user.roles;
    const sameRoles = roles.length === user.roles.length && roles.every((role) => user.roles.includes(role));
    const details = (dto.displayName !== undefined && dto.displayName !== user.displayName) || (dto.division !== undefined && dto.division !== user.division) || !sameRoles;
    const disabled = dto.disabled !== undefined && dto.disabled !== user.disabled;
    Object.assign(user, { displayName: dto.displayName ?? user.displayName, division: dto.division ?? user.division, roles: [...roles], disabled: dto.disabled ?? user.disabled });
    return { details, disabled };
  }

  private async refuseRemovingLastAdmin(manager: EntityManager, before: UserView, after: ConsoleUser): Promise<void> {
    const others: Array<{ n: number }> = await manager.query(
      `SELECT count(*)::int AS n FROM console_user WHERE id <> $1 AND NOT disabled AND $2 = ANY(roles)`,
      [after.id, CONSOLE_ADMIN_ROLE],
    );
    if (removesLastAdmin(before, after, others[0].n, CONSOLE_ADMIN_ROLE)) {
      throw consoleProblem('USER.LAST_ADMIN', { status: 409, detail: 'This would leave the console without an enabled admin; make someone else admin first.' });
    }
  }
}
