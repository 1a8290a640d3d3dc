// Shared set-up of the console's integration tests: the console in-process on a database of its
// own, on a clock the test moves, with helpers that log in the way the UI does (cookie + CSRF).
import { Clock, type FixedClock } from '@app/common/time/clock';
import type { Server } from 'node:http';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { testDatabaseName } from '../../../test/support/test-env';
import { runConsole, type RunningConsole } from '../src/console-app';

/** The first admin's password in tests (CONSOLE_ADMIN_PASSWORD), so the admin needs no password change. */
export const ADMIN_PASSWORD = 'admin passphrase for tests';
/** 09:00 in Shanghai on a working day. */
export const START = '2024-07-15T09:00:00+08:00';

export interface ConsoleHarness {
  running: RunningConsole;
  server: Server;
  clock: FixedClock;
  dataSource: DataSource;
  database: string;
  /** Moves the console's clock by minutes (negative goes back). */
  advanceMinutes(minutes: number): void;
  close(): Promise<void>;
}

/** Runs `fn` with the environment variables set, and restores them afterwards. */
export async function withEnv<T>(env: Record<string, string | undefined>, fn: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(env).map((name) => [name, process.env[name]]));
  const assign = (values: Record<string, string | undefined>): void => {
    for (const [name, value] of Object.entries(values)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
  assign(env);
  try {
    return await fn();
  } finally {
    assign(saved);
  }
}

/** Starts the console on a fresh database `purpose`, as of START, with the settings in `env`. */
export async function startConsole(purpose: string, env: Record<string, string | undefined> = {}): Promise<ConsoleHarness> {
  const database = testDatabaseName(purpose);
  const running = await withEnv(
    { DB_NAME: database, CLOCK_FIXED_DATE: START, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn', CONSOLE_ADMIN_PASSWORD: ADMIN_PASSWORD, CONSOLE_WEB_DIST: '/nonexistent/console-web-dist', ...env },
    () => runConsole({ port: 0 }),
  );
  const clock = running.app.get(Clock) as FixedClock;
  return {
    running,
    server: running.app.getHttpServer() as Server,
    clock,
    dataSource: running.app.get(DataSource),
    database,
    advanceMinutes: (minutes) => clock.set(new Date(clock.now().getTime() + minutes * 60_000)),
    close: () => running.app.close(),
  };
}

/** A logged-in browser: its session cookie and CSRF token. */
export interface Browser {
  cookie: string;
  csrfToken: string;
  user: { id: string; username: string; roles: string[]; division: string; mustChangePassword: boolean };
  get(path: string): request.Test;
  post(path: string, body?: object): request.Test;
  patch(path: string, body?: object): request.Test;
  delete(path: string): request.Test;
}

/** The `cap_session=…` pair of a login response's Set-Cookie. */
export function sessionCookieOf(res: request.Response): string {
  const setCookie = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
  const cookie = setCookie.find((c) => c.startsWith('cap_session='));
  if (!cookie) throw new Error(`no session cookie in ${JSON.stringify(res.headers)}`);
  return cookie.split(';')[0];
}

export function browserOf(server: Server, cookie: string, csrfToken: string, user: Browser['user']): Browser {
  const http = request(server);
  const withSession = (test: request.Test): request.Test => test.set('Cookie', cookie).set('X-CSRF-Token', csrfToken);
  return {
    cookie,
    csrfToken,
    user,
    get: (path) => http.get(path).set('Cookie', cookie),
    post: (path, body) => withSession(http.post(path)).send(body ?? {}),
    patch: (path, body) => withSession(http.patch(path)).send(body ?? {}),
    delete: (path) => withSession(http.delete(path)),
  };
}

export async function login(h: ConsoleHarness, username: string, password: string): Promise<Browser> {
  const res = await request(h.server).post('/api/session').send({ username, password });
  if (res.status !== 200) throw new Error(`login of ${username} answered ${res.status}: ${JSON.stringify(res.body)}`);
  return browserOf(h.server, sessionCookieOf(res), res.body.csrfToken, res.body.user);
}

export const loginAdmin = (h: ConsoleHarness): Promise<Browser> => login(h, 'admin', ADMIN_PASSWORD);

/** Creates a user as the admin and lets them replace the one-time password with `password`. */
export async function createUser(
  h: ConsoleHarness,
  admin: Browser,
  user: { username: string; roles: string[]; division: string; displayName?: string },
  password = `${user.username} passphrase`,
): Promise<{ id: string; browser: Browser; password: string }> {
  const created = await admin.post('/api/users', { displayName: user.username, ...user });
  if (created.status !== 201) throw new Error(`creating ${user.username} answered ${created.status}: ${JSON.stringify(created.body)}`);
  const first = await login(h, user.username, created.body.oneTimePassword);
  const changed = await first.post('/api/me/password', { currentPassword: created.body.oneTimePassword, newPassword: password });
  if (changed.status !== 204) throw new Error(`password change of ${user.username} answered ${changed.status}: ${JSON.stringify(changed.body)}`);
  return { id: created.body.user.id, browser: await login(h, user.username, password), password };
}

export async function auditRows(h: ConsoleHarness, entityId: string): Promise<Array<{ actor: string; action: string; before: Record<string, unknown> | null; after: Record<string, unknown> | null }>> {
  return h.dataSource.query(`SELECT actor, action, before, after FROM audit_log WHERE entity_id = $1 ORDER BY id`, [entityId]);
}
