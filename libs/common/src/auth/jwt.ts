// Bearer tokens are JWTs signed with HS256 and a secret shared by the services. The algorithm is
// pinned on verification so a token cannot choose its own (`alg: none`, or RS/HS confusion).
import { createSecretKey, type KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { principalProblem, type Principal } from './claims';

export const JWT_ALGORITHM = 'HS256';
export const DEFAULT_TOKEN_LIFETIME = '8h';

/** '8h', '30m', '7d', '3600s' or a number of seconds. */
export type TokenLifetime = jwt.SignOptions['expiresIn'];

export type TokenErrorReason = 'EXPIRED' | 'INVALID';

export class TokenVerificationError extends Error {
  constructor(
    readonly reason: TokenErrorReason,
    message: string,
  ) {
    super(message);
    this.name = 'TokenVerificationError';
  }
}

export function signToken(principal: Principal, options: { secret: string; expiresIn?: TokenLifetime }): string {
  const problem = principalProblem(principal);
  if (problem) throw new RangeError(`cannot sign a token: ${problem}`);
  return jwt.sign({ roles: principal.roles, division: principal.division }, options.secret, {
    algorithm: JWT_ALGORITHM,
    subject: principal.sub,
    expiresIn: options.expiresIn ?? DEFAULT_TOKEN_LIFETIME,
  });
}

// jsonwebtoken turns a string secret into a KeyObject on every call, which cost ~350 µs per
// request (a third of a meal recording's CPU). The services use one secret: keep its key.
let cachedKey: { secret: string; key: KeyObject } | undefined;

function keyOf(secret: string): KeyObject {
  if (cachedKey?.secret !== secret) cachedKey = { secret, key: createSecretKey(Buffer.from(secret, 'utf8')) };
  return cachedKey.key;
}

// A client sends the same token with every request; verifying its HMAC and claims again each
// time cost ~250 µs. A token that verified is remembered (by its exact text, under the same
// secret) until it expires; the map is emptied when it grows past its bound.
const VERIFIED_LIMIT = 10_000;
const verified = new Map<string, { principal: Principal; expiresAtMs: number; secret: string }>();

/** The Principal of a valid token; TokenVerificationError (EXPIRED or INVALID) otherwise. */
export function verifyToken(token: string, secret: string): Principal {
  const known = verified.get(token);
  if (known && known.secret === secret && known.expiresAtMs > Date.now()) return { ...known.principal, roles: [...known.principal.roles] };
  const principal = verifyTokenFully(token, secret);
  if (verified.size >= VERIFIED_LIMIT) verified.clear();
  const { exp } = jwt.decode(token) as jwt.JwtPayload;
  verified.set(token, { principal, expiresAtMs: (exp as number) * 1000, secret });
  return { ...principal, roles: [...principal.roles] };
}

function verifyTokenFully(token: string, secret: string): Principal {
  let payload: string | jwt.JwtPayload;
  try {
    payload = jwt.verify(token, keyOf(secret), { algorithms: [JWT_ALGORITHM] });
  } catch (err) {
    if (err instanceof jwt.TokenExpiredError) throw new TokenVerificationError('EXPIRED', 'token has expired');
    throw new TokenVerificationError('INVALID', `token is invalid: ${(err as Error).message}`);
  }
  if (typeof payload === 'string') throw new TokenVerificationError('INVALID', 'token payload is not an object');
  // A token without expiry would be valid forever if it leaked; ours always carry one.
  if (typeof payload.exp !== 'number') throw new TokenVerificationError('INVALID', 'token has no expiry');
  const problem = principalProblem(payload);
  if (problem) throw new TokenVerificationError('INVALID', `token claims are invalid: ${problem}`);
  return { sub: payload.sub as string, roles: [...(payload.roles as string[])], division: payload.division as string };
}
