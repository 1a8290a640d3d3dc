import { Inject, Injectable } from '@nestjs/common';
import type { CookieOptions, Response } from 'express';
import { CONSOLE_CONFIG, type ConsoleConfig } from '../config/console-config';

export const SESSION_COOKIE = 'cap_session';

/**
 * The session cookie: HttpOnly (no script reads it), SameSite=Strict (no other site's page sends
 * it), Path=/, Secure with CONSOLE_COOKIE_SECURE=true (production, behind HTTPS). No Max-Age:
 * it ends with the browser, and the server ends it earlier on idle or absolute expiry.
 */
@Injectable()
export class SessionCookie {
  private readonly options: CookieOptions;

  constructor(@Inject(CONSOLE_CONFIG) config: ConsoleConfig) {
    this.options = { httpOnly: true, sameSite: 'strict', path: '/', secure: config.session.cookieSecure };
  }

  set(res: Response, sessionId: string): void {
    res.cookie(SESSION_COOKIE, sessionId, this.options);
  }

  clear(res: Response): void {
    res.clearCookie(SESSION_COOKIE, this.options);
  }

  /** The Set-Cookie value that removes the cookie, for problems answered before a handler runs. */
  clearingHeader(): string {
    const secure = this.options.secure ? '; Secure' : '';
    return `${SESSION_COOKIE}=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly${secure}; SameSite=Strict`;
  }
}
