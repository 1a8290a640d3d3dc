// The console's API called directly, as the browser would (cookie + CSRF token), for what a test
// needs to exist before its own steps start; the steps under test go through the UI.

export interface ApiSession {
  cookie: string;
  csrfToken: string;
}

export async function apiLogin(baseUrl: string, username: string, password: string): Promise<ApiSession> {
  const response = await fetch(`${baseUrl}/api/session`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username, password }) });
  if (response.status !== 200) throw new Error(`login of ${username} answered ${response.status}: ${await response.text()}`);
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0];
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie, csrfToken };
}

/** Creates a user as an administrator; resolves with its one-time password. */
export async function apiCreateUser(baseUrl: string, admin: ApiSession, user: { username: string; displayName: string; roles: string[]; division: string }): Promise<string> {
  const response = await fetch(`${baseUrl}/api/users`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Cookie: admin.cookie, 'X-CSRF-Token': admin.csrfToken },
    body: JSON.stringify(user),
  });
  if (response.status !== 201) throw new Error(`creating ${user.username} answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { oneTimePassword: string }).oneTimePassword;
}
