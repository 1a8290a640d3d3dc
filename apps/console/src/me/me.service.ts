import { AuditService } from '@app/common/audit/audit.service';
import { Clock } from '@app/common/time/clock';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PasswordHasher } from '../passwords/password-hasher';
import { PASSWORD_WEAKNESS_MESSAGES, passwordWeaknesses } from '../passwords/rules/password-policy.rule';
import { consoleProblem, fieldProblem } from '../problems';
import type { CurrentSession } from '../sessions/access.decorators';
import { SessionStore } from '../sessions/session-store';
import { ConsoleUser } from '../users/user.entity';
import { principalOf } from '../users/user-view';
import type { ChangePasswordDto } from './change-password.dto';

@Injectable()
export class MeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionStore,
    private readonly audit: AuditService,
  ) {}

  /**
   * Replaces the user's password after checking the current one, and ends their other sessions:
   * whoever else held one (with the old password) is out.
   */
  async changePassword(current: CurrentSession, dto: ChangePasswordDto): Promise<void> {
    const { user, session } = current;
    if (!(await this.hasher.verify(user.passwordHash, dto.currentPassword))) {
      throw fieldProblem('AUTH.INVALID_CREDENTIALS', 401, 'currentPassword', 'invalid', 'is not the current password', 'The current password is wrong.');
    }
    const weaknesses = passwordWeaknesses(dto.newPassword, { username: user.username, currentPassword: dto.currentPassword });
    if (weaknesses.length > 0) {
      throw consoleProblem('AUTH.WEAK_PASSWORD', {
        status: 400,
        detail: `The new password ${weaknesses.map((w) => PASSWORD_WEAKNESS_MESSAGES[w]).join(' and ')}.`,
        errors: weaknesses.map((code) => ({ field: 'newPassword', code, message: PASSWORD_WEAKNESS_MESSAGES[code] })),
      });
    }
    const passwordHash = await this.hasher.hash(dto.newPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(ConsoleUser, { id: user.id }, { passwordHash, mustChangePassword: false, updatedAt: this.clock.now() });
      await this.sessions.endAllFor(manager, user.id, session.idHash);
      await this.audit.record(manager, {
        actor: principalOf(user),
        action: 'user.password-changed',
        entityType: 'console-user',
        entityId: user.id,
        before: { mustChangePassword: user.mustChangePassword },
        after: { mustChangePassword: false },
      });
    });
  }
}
