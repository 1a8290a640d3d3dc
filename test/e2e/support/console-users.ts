// A console user ready to log in with a password of the test's choosing (created by the
// administrator, the one-time password replaced through the API), for scenarios whose subject is
// not the account itself.
import { apiCreateUser, apiLogin, type ApiSession } from './console-api';

export async function apiReadyUser(baseUrl: string, admin: ApiSession, user: { username: string; displayName: string; roles: string[]; division: string }, password: string): Promise<void> {
  const oneTimePassword = await apiCreateUser(baseUrl, admin, user);
  const session = await apiLogin(baseUrl, user.username, oneTimePassword);
  const response = await fetch(`${baseUrl}/api/me/password`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Cookie: session.cookie, 'X-CSRF-Token': session.csrfToken },
    body: JSON.stringify({ currentPassword: oneTimePassword, newPassword: password }),
  });
  if (response.status !== 204) throw new Error(`password change of ${user.username} answered ${response.status}: ${await response.text()}`);
}
