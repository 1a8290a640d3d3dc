import { requireAnyRole } from '@app/common/auth/authenticate';
import { IS_PUBLIC_KEY } from '@app/common/auth/public.decorator';
import { ROLES_KEY } from '@app/common/auth/roles.decorator';
import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { timingSafeEqual } from 'node:crypto';
import { consoleProblem } from '../problems';
import { principalOf } from '../users/user-view';
import { ALLOW_PENDING_PASSWORD_CHANGE, type CurrentSession, type SessionRequest } from './access.decorators';
import { SESSION_COOKIE, SessionCookie } from './session-cookie';
import { SessionStore } from './session-store';

/** Methods that change nothing, so a forged cross-site request gains nothing: no CSRF token asked. */
const SAFE_METHODS = new Set(['GET', 'HEAD']);

function sameToken(sent: string | undefined, expected: string): boolean {
  if (typeof sent !== 'string') return false;
  const a = Buffer.from(sent, 'utf8');
  const b = Buffer.from(expected, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Every route needs a live session unless @Public() (login, health). In this order: a session
 * (401 AUTH.NO_SESSION / AUTH.SESSION_EXPIRED, with the cookie cleared), the CSRF token of the
 * session on anything but GET and HEAD (403 AUTH.CSRF), a pending password change
 * (403 AUTH.PASSWORD_CHANGE_REQUIRED), the route's @Roles() (403 AUTH.FORBIDDEN). Only a request
 * that passes all of them counts as activity for idle expiry.
 */
@Injectable()
export class SessionGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionStore,
    private readonly cookie: SessionCookie,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean | undefined>(IS_PUBLIC_KEY, targets)) return true;

    const request = context.switchToHttp().getRequest<SessionRequest>();
    const current = await this.currentSession(request);
    if (!SAFE_METHODS.has(request.method) && !sameToken(request.header('x-csrf-token'), current.session.csrfToken)) {
      throw consoleProblem('AUTH.CSRF', { status: 403, detail: 'The request must carry the X-CSRF-Token of the session.' });
    }
    const mayChangePasswordFirst = this.reflector.getAllAndOverride<boolean | undefined>(ALLOW_PENDING_PASSWORD_CHANGE, targets);
    if (current.user.mustChangePassword && current.session.method === 'password' && !mayChangePasswordFirst) {
      throw consoleProblem('AUTH.PASSWORD_CHANGE_REQUIRED', { status: 403, detail: 'Change the one-time password first (POST /api/me/password).' });
    }
    requireAnyRole(principalOf(current.user), this.reflector.getAllAndOverride<string[] | undefined>(ROLES_KEY, targets));
    await this.sessions.touch(current.session);
    request.consoleSession = current;
    return true;
  }

  private async currentSession(request: SessionRequest): Promise<CurrentSession> {
    const cookies = request.cookies as Record<string, string | undefined> | undefined;
    const found = await this.sessions.lookup(cookies?.[SESSION_COOKIE]);
    if (found.status === 'active') return { session: found.session, user: found.user };
    const headers = cookies?.[SESSION_COOKIE] === undefined ? undefined : { 'Set-Cookie': this.cookie.clearingHeader() };
    if (found.status === 'expired') {
      throw consoleProblem('AUTH.SESSION_EXPIRED', { status: 401, detail: 'The session has expired; log in again.', headers });
    }
    throw consoleProblem('AUTH.NO_SESSION', { status: 401, detail: 'Log in first.', headers });
  }
}
