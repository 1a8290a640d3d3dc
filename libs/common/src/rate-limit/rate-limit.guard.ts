import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type Redis from 'ioredis';
import type { Request } from 'express';
import type { AuthenticatedRequest as WithPrincipal } from '../auth/current-principal.decorator';
import { ProblemException } from '../http/problem';
import { REDIS } from '../locks/redis.provider';
import { RATE_LIMIT_CONFIG, type RateLimitConfig } from './rate-limit.config';

type AuthenticatedRequest = Request & WithPrincipal;

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

// Count and expiry in one step, so a crash between them cannot leave a counter without a TTL.
const HIT = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return {count, redis.call('PTTL', KEYS[1])}`;

/**
 * Limits write requests per token (fixed window in Redis) with 429 and Retry-After. Redis is a
 * guard here, not the truth: if it is unreachable, requests pass and a warning is logged.
 */
@Injectable()
export class WriteRateLimitGuard implements CanActivate {
  private readonly logger = new Logger(WriteRateLimitGuard.name);

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(RATE_LIMIT_CONFIG) private readonly config: RateLimitConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http' || this.config.writesPerWindow <= 0) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    if (!WRITE_METHODS.has(request.method)) return true;

    const window = Math.floor(Date.now() / this.config.windowMs);
    const key = `${this.config.keyPrefix}${callerKey(request)}:${window}`;
    let count: number;
    let ttlMs: number;
    try {
      [count, ttlMs] = (await this.redis.eval(HIT, 1, key, String(this.config.windowMs))) as [number, number];
    } catch (err) {
      this.logger.warn(`rate limit not checked, Redis unavailable: ${(err as Error).message}`);
      return true;
    }
    if (count <= this.config.writesPerWindow) return true;
    const retryAfter = Math.max(1, Math.ceil(ttlMs / 1000));
    throw new ProblemException({
      status: 429,
      code: 'HTTP.TOO_MANY_REQUESTS',
      detail: `More than ${this.config.writesPerWindow} write requests in ${this.config.windowMs / 1000} s; retry after ${retryAfter} s.`,
      headers: { 'Retry-After': String(retryAfter) },
    });
  }
}

/** The token's subject once authenticated; before that a hash of the token itself. */
function callerKey(request: AuthenticatedRequest): string {
  if (request.principal) return `sub:${request.principal.sub}`;
  const token = request.headers.authorization ?? request.ip ?? 'anonymous';
  return `tok:${createHash('sha256').update(token).digest('hex').slice(0, 32)}`;
}
