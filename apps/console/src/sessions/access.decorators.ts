import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { ConsoleUser } from '../users/user.entity';
import type { ConsoleSession } from './session.entity';

export const ALLOW_PENDING_PASSWORD_CHANGE = 'console:allow-pending-password-change';

/**
 * The route stays open to a user who must still change their password (reading and ending the
 * session, changing the password); every other route answers 403 AUTH.PASSWORD_CHANGE_REQUIRED.
 */
export const AllowPendingPasswordChange = (): MethodDecorator => SetMetadata(ALLOW_PENDING_PASSWORD_CHANGE, true);

/** What SessionGuard puts on a request it let through. */
export interface CurrentSession {
  session: ConsoleSession;
  user: ConsoleUser;
}

export type SessionRequest = Request & { consoleSession?: CurrentSession };

/** The session and user of the request, as resolved by SessionGuard. */
export const Current = createParamDecorator((_data: unknown, context: ExecutionContext): CurrentSession => {
  const current = context.switchToHttp().getRequest<SessionRequest>().consoleSession;
  // Only a @Public() route can get here without one; such a route must not ask for the session.
  if (!current) throw new Error('@Current() used on a route SessionGuard did not check');
  return current;
});
