import { Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { sessionUserView } from '../users/user-view';
import type { SessionDto } from './dto/session.dto';
import { SESSION_COOKIE, SessionCookie } from './session-cookie';
import { SessionStore, type OpenedSession } from './session-store';

/** Gives a browser the session just opened for it, by password or by OIDC, in the same way. */
@Injectable()
export class SessionHandover {
  constructor(
    private readonly sessions: SessionStore,
    private readonly cookie: SessionCookie,
  ) {}

  async handOver(req: Request, res: Response, opened: OpenedSession): Promise<SessionDto> {
    // A session the browser still held (another user on a shared desk) ends with the new login.
    await this.sessions.endById((req.cookies as Record<string, string | undefined> | undefined)?.[SESSION_COOKIE]);
    this.cookie.set(res, opened.sessionId);
    return { user: sessionUserView(opened.user), csrfToken: opened.csrfToken };
  }
}
