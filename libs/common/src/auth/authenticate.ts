// The two checks behind JwtAuthGuard, as functions, so that the guard and the unmatched-route
// middleware (see AuthModule) answer exactly alike.
import { ProblemException } from '../http/problem';
import type { Principal } from './claims';
import { TokenVerificationError, verifyToken } from './jwt';

const BEARER = /^Bearer ([A-Za-z0-9\-_]+\.[A-Za-z0-9\-_]+\.[A-Za-z0-9\-_]+)$/i;

function unauthenticated(code: 'AUTH.UNAUTHENTICATED' | 'AUTH.TOKEN_EXPIRED', detail: string, challenge: string): ProblemException {
  return new ProblemException({ status: 401, code, detail, headers: { 'WWW-Authenticate': challenge } });
}

/** The Principal of an `Authorization: Bearer <jwt>` header, or a 401 ProblemException. */
export function authenticateBearer(authorization: string | string[] | undefined, secret: string): Principal {
  const match = typeof authorization === 'string' ? BEARER.exec(authorization.trim()) : null;
  // RFC 6750 §3: no error attribute when the request carried no credentials at all.
  if (!match) throw unauthenticated('AUTH.UNAUTHENTICATED', 'A bearer token is required.', 'Bearer');
  try {
    return verifyToken(match[1], secret);
  } catch (err) {
    if (!(err instanceof TokenVerificationError)) throw err;
    if (err.reason === 'EXPIRED') {
      throw unauthenticated('AUTH.TOKEN_EXPIRED', 'The bearer token has expired.', 'Bearer error="invalid_token", error_description="expired"');
    }
    // The verification message stays in the server: it would tell a forger what to fix.
    throw unauthenticated('AUTH.UNAUTHENTICATED', 'The bearer token is not valid.', 'Bearer error="invalid_token"');
  }
}

/** 403 AUTH.FORBIDDEN unless the principal has at least one of the required roles (none required: pass). */
export function requireAnyRole(principal: Principal, required: readonly string[] | undefined): void {
  if (!required || required.length === 0) return;
  if (required.some((role) => principal.roles.includes(role))) return;
  throw new ProblemException({ status: 403, code: 'AUTH.FORBIDDEN', detail: `Requires one of the roles: ${required.join(', ')}.` });
}
