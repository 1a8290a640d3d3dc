import { envInt, envString } from '../config/env';

export interface RateLimitConfig {
  /** Write requests (POST, PUT, PATCH, DELETE) one token may make per window; 0 turns the limit off. */
  writesPerWindow: number;
  windowMs: number;
  keyPrefix: string;
}

export const RATE_LIMIT_CONFIG = Symbol('RATE_LIMIT_CONFIG');

export function rateLimitConfigFromEnv(): RateLimitConfig {
  return {
    writesPerWindow: envInt('RATE_LIMIT_WRITES', 1_200),
    windowMs: envInt('RATE_LIMIT_WINDOW_MS', 60_000),
    keyPrefix: envString('RATE_LIMIT_KEY_PREFIX', `${envString('REDIS_KEY_PREFIX', '')}civil-affairs:rate:`),
  };
}
