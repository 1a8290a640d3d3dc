// Every setting of the console, read once at start through libs/common's env helpers, so that a
// malformed value stops the console with the variable's name. docs/console.md has the table.
import { envBool, envInt, envString, envValue } from '@app/common/config/env';
import { resolve } from 'node:path';
import { serviceUrlsFromEnv } from '../bff/service-directory';
import { oidcConfigFromEnv, type OidcConfig } from '../oidc/oidc-config';
import { parseDurationSeconds } from './duration';

export const CONSOLE_CONFIG = Symbol('CONSOLE_CONFIG');

export const CONSOLE_NAME = 'console';
export const CONSOLE_DEFAULT_PORT = 3000;
export const CONSOLE_DEFAULT_DATABASE = 'console';

export interface ConsoleConfig {
  port: number;
  login: { maxFailures: number; lockMinutes: number };
  session: { idleMinutes: number; absoluteHours: number; cookieSecure: boolean };
  /** Lifetime of the service tokens minted per proxied call. */
  serviceTokenTtlSeconds: number;
  /** Password of the first `admin`, when the user table is empty at start; unset: a one-time password. */
  adminPassword: string | undefined;
  /** Folder of the built single-page app (index.html and its assets). */
  webDist: string;
  proxyTimeoutMs: number;
  /** Base URL of each service the backend-for-frontend forwards to, by service name. */
  services: Record<string, string>;
  /** Null when OIDC login is not configured. */
  oidc: OidcConfig | null;
}

function envPositiveInt(name: string, fallback: number): number {
  const value = envInt(name, fallback);
  if (value <= 0) throw new Error(`Environment variable ${name} must be a positive integer, got "${value}"`);
  return value;
}

export function consoleConfigFromEnv(): ConsoleConfig {
  const adminPassword = envValue('CONSOLE_ADMIN_PASSWORD');
  return {
    port: envInt('CONSOLE_PORT', CONSOLE_DEFAULT_PORT),
    login: { maxFailures: envPositiveInt('LOGIN_MAX_FAILURES', 5), lockMinutes: envPositiveInt('LOGIN_LOCK_MINUTES', 15) },
    session: {
      idleMinutes: envPositiveInt('SESSION_IDLE_MINUTES', 30),
      absoluteHours: envPositiveInt('SESSION_ABSOLUTE_HOURS', 12),
      cookieSecure: envBool('CONSOLE_COOKIE_SECURE', false),
    },
    serviceTokenTtlSeconds: parseDurationSeconds(envString('CONSOLE_SERVICE_TOKEN_TTL', '5m'), 'CONSOLE_SERVICE_TOKEN_TTL'),
    adminPassword: adminPassword === undefined || adminPassword === '' ? undefined : adminPassword,
    webDist: resolve(envString('CONSOLE_WEB_DIST', resolve(process.cwd(), 'apps/console/web/dist'))),
    proxyTimeoutMs: envPositiveInt('CONSOLE_PROXY_TIMEOUT_MS', 30_000),
    services: serviceUrlsFromEnv(process.env),
    oidc: oidcConfigFromEnv(process.env),
  };
}
