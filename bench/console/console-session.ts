// The bench's way into a running console, as a browser goes: log in (cookie + CSRF token), and a
// user of the bench's own, made by the administrator, who has replaced the one-time password.
import { randomBytes } from 'node:crypto';

export interface BrowserSession {
  cookie: string;
  csrfToken: string;
}

export interface BenchUser {
  id: string;
  username: string;
  session: BrowserSession;
}

function headers(session: BrowserSession): Record<string, string> {
  return { 'Content-Type': 'application/json', Cookie: session.cookie, 'X-CSRF-Token': session.csrfToken };
}

async function expectStatus(response: Response, status: number, what: string): Promise<void> {
  if (response.status !== status) throw new Error(`${what} answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
}

export async function login(consoleUrl: string, username: string, password: string): Promise<BrowserSession> {
  const response = await fetch(`${consoleUrl}/api/session`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username, password }) });
  await expectStatus(response, 200, `login of ${username}`);
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0];
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie, csrfToken };
}

/** A caseworker of `division` with `roles`, logged in with a password of their own. */
export async function createBenchUser(consoleUrl: string, admin: BrowserSession, division: string, roles: string[]): Promise<BenchUser> {
  const username = `bench.${randomBytes(4).toString('hex')}`;
  const created = await fetch(`${consoleUrl}/api/users`, {
    method: 'POST',
    headers: headers(admin),
    body: JSON.stringify({ username, displayName: '性能测试', roles, division }),
  });
  await expectStatus(created, 201, `creating ${username}`);
  const { user, oneTimePassword } = (await created.json()) as { user: { id: string }; oneTimePassword: string };
  const first = await login(consoleUrl, username, oneTimePassword);
  const password = randomBytes(18).toString('base64url');
  const changed = await fetch(`${consoleUrl}/api/me/password`, { method: 'POST', headers: headers(first), body: JSON.stringify({ currentPassword: oneTimePassword, newPassword: password }) });
  await expectStatus(changed, 204, `password change of ${username}`);
  return { id: user.id, username, session: await login(consoleUrl, username, password) };
}

/** The bench's user is not left able to log in. */
export async function disableBenchUser(consoleUrl: string, admin: BrowserSession, user: BenchUser): Promise<void> {
  const response = await fetch(`${consoleUrl}/api/users/${user.id}`, { method: 'PATCH', headers: headers(admin), body: JSON.stringify({ disabled: true }) });
  await expectStatus(response, 200, `disabling ${user.username}`);
}

/** A read as the console's screens send it: a GET, or a POST search whose body keeps a resident ID out of the URL. */
export type Read = string | { path: string; body: unknown };

/**
 * Milliseconds until every read of `reads` (through the console) has answered: what a screen
 * waits for. 404 PERSON.NOT_FOUND is an answer too (this service holds nothing of the person).
 */
export async function timedFanOut(consoleUrl: string, session: BrowserSession, reads: readonly Read[]): Promise<number> {
  const started = performance.now();
  await Promise.all(
    reads.map(async (read) => {
      const { path, body } = typeof read === 'string' ? { path: read, body: undefined } : read;
      const init = body === undefined ? { headers: { Cookie: session.cookie } } : { method: 'POST', headers: headers(session), body: JSON.stringify(body) };
      const what = `${body === undefined ? 'GET' : 'POST'} ${path}`;
      const response = await fetch(`${consoleUrl}${path}`, init);
      if (response.status === 404) {
        const { code } = (await response.json()) as { code?: string };
        if (code === 'PERSON.NOT_FOUND') return;
        throw new Error(`${what} answered 404 ${code}`);
      }
      await expectStatus(response, 200, what);
      await response.arrayBuffer();
    }),
  );
  return performance.now() - started;
}
