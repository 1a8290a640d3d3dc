import type { Principal } from '@app/common/auth/claims';
import type { ConsoleUser } from './user.entity';

/** The user as the session endpoints show them to themselves. */
export interface SessionUserView {
  id: string;
  username: string;
  displayName: string;
  roles: string[];
  division: string;
  mustChangePassword: boolean;
}

/** The user as administrators see them, and as the audit log records them: never the hash. */
export interface UserView extends SessionUserView {
  disabled: boolean;
  lockedUntil: string | null;
  createdAt: string;
  updatedAt: string;
  /** Its ETag's value: send it back as If-Match to update only this version. */
  version: number;
}

export function sessionUserView(user: ConsoleUser): SessionUserView {
  return { id: user.id, username: user.username, displayName: user.displayName, roles: [...user.roles], division: user.division, mustChangePassword: user.mustChangePassword };
}

export function userView(user: ConsoleUser): UserView {
  return {
    ...sessionUserView(user),
    disabled: user.disabled,
    lockedUntil: user.lockedUntil?.toISOString() ?? null,
    createdAt: user.createdAt.toISOString(),
    updatedAt: user.updatedAt.toISOString(),
    version: user.version,
  };
}

/** Who the user is to the services and to the audit log: the claims of their service tokens. */
export function principalOf(user: Pick<ConsoleUser, 'username' | 'roles' | 'division'>): Principal {
  return { sub: user.username, roles: [...user.roles], division: user.division };
}
