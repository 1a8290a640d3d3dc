// Every problem `code` the console itself answers with, for the UI: its locale test checks that
// each has a zh-CN message. Problems of the services pass through the backend-for-frontend
// unchanged and are not listed here. No imports, so that the web build can read this file as is.

export const CONSOLE_PROBLEM_CODES = [
  // Login and sessions
  'AUTH.INVALID_CREDENTIALS',
  'AUTH.LOCKED',
  'AUTH.DISABLED',
  'AUTH.NO_SESSION',
  'AUTH.SESSION_EXPIRED',
  'AUTH.CSRF',
  'AUTH.PASSWORD_CHANGE_REQUIRED',
  'AUTH.WEAK_PASSWORD',
  'AUTH.FORBIDDEN',
  // OIDC login
  'AUTH.OIDC_NOT_CONFIGURED',
  'AUTH.OIDC_INVALID_TOKEN',
  'AUTH.OIDC_UNKNOWN_USER',
  'AUTH.OIDC_PROVIDER_UNAVAILABLE',
  'AUTH.OIDC_CODE_REJECTED',
  // User administration
  'USER.NOT_FOUND',
  'USER.USERNAME_TAKEN',
  'USER.UNKNOWN_ROLE',
  'USER.LAST_ADMIN',
  // Backend-for-frontend
  'CONSOLE.UNKNOWN_SERVICE',
  'CONSOLE.SERVICE_UNAVAILABLE',
  // Event stream
  'EVENTS.TOO_MANY_STREAMS',
  'EVENTS.BROKER_UNAVAILABLE',
  // Generic answers of libs/common's problem filter and validation pipe
  'VALIDATION.FAILED',
  'VALIDATION.TOO_DEEP',
  'REQUEST.MALFORMED_JSON',
  'HTTP.NOT_FOUND',
  'HTTP.PAYLOAD_TOO_LARGE',
  'HTTP.UNSUPPORTED_MEDIA_TYPE',
  'INTERNAL.ERROR',
] as const;

export type ConsoleProblemCode = (typeof CONSOLE_PROBLEM_CODES)[number];
