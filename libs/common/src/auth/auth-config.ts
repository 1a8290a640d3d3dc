import { Logger } from '@nestjs/common';
import { envValue } from '../config/env';

/**
 * A local-development default so that `npm start` and the tests work without setup. It is in the
 * source code and therefore public: every deployment must set JWT_SECRET, and a service with
 * NODE_ENV=production refuses to start on this value.
 */
export const DEV_ONLY_JWT_SECRET = 'local-development-only-not-a-secret';

let warnedAboutDefault = false;

/**
 * The signing secret from JWT_SECRET (or the file JWT_SECRET_FILE names). Falls back to DEV_ONLY_JWT_SECRET with a warning (once per
 * process), except in production, where it throws so that the service does not start.
 * `warn` lets the token CLI keep stdout for the token itself.
 */
export function jwtSecretFromEnv(
  env: NodeJS.ProcessEnv = process.env,
  warn: (message: string) => void = (message) => new Logger('Auth').warn(message),
): string {
  const configured = envValue('JWT_SECRET', env);
  const usesDefault = !configured || configured === DEV_ONLY_JWT_SECRET;
  if (!usesDefault) return configured;
  if (env.NODE_ENV === 'production') {
    throw new Error('JWT_SECRET must be set to a real secret when NODE_ENV=production; refusing to start');
  }
  if (!warnedAboutDefault) {
    warnedAboutDefault = true;
    warn('JWT_SECRET is not set: using the local-development secret. Tokens signed with it are not secure.');
  }
  return DEV_ONLY_JWT_SECRET;
}
