// What the social-assistance scenarios need to exist before their own steps, made through the
// console's API as a browser would (cookie + CSRF token): users who have already set their own
// password, and records made by the service through the backend-for-frontend.
import { apiCreateUser, apiLogin, type ApiSession } from './console-api';

export interface ReadyUser {
  username: string;
  password: string;
}

function headers(session: ApiSession): Record<string, string> {
  return { 'Content-Type': 'application/json', Cookie: session.cookie, 'X-CSRF-Token': session.csrfToken };
}

/** A user the administrator created and who has changed the one-time password: logs straight in. */
export async function apiReadyUser(baseUrl: string, admin: ApiSession, user: { username: string; displayName: string; roles: string[]; division: string }): Promise<ReadyUser> {
  const oneTime = await apiCreateUser(baseUrl, admin, user);
  const first = await apiLogin(baseUrl, user.username, oneTime);
  const password = `${user.username}-Gongzuo-2024`;
  const response = await fetch(`${baseUrl}/api/me/password`, { method: 'POST', headers: headers(first), body: JSON.stringify({ currentPassword: oneTime, newPassword: password }) });
  if (response.status !== 204) throw new Error(`password change of ${user.username} answered ${response.status}: ${await response.text()}`);
  return { username: user.username, password };
}

/** A call to social-assistance through /api/svc as `session`'s user; resolves with the JSON answer. */
export async function apiSocialAssistance<T>(baseUrl: string, session: ApiSession, method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${baseUrl}/api/svc/social-assistance${path}`, { method, headers: headers(session), ...(body !== undefined && { body: JSON.stringify(body) }) });
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

export interface HouseholdMember {
  residentId: string;
  name: string;
  relation: string;
  incomes?: Array<{ source: string; monthlyFen: number }>;
  categories?: string[];
}

/** 家庭登记 through the API (as `session`'s user): resolves with the household's id. */
export async function apiRegisterHousehold(baseUrl: string, session: ApiSession, regionCode: string, members: HouseholdMember[]): Promise<string> {
  const body = { area: 'URBAN', regionCode, financialAssetsFen: 0, members: members.map((m) => ({ incomes: [], categories: [], ...m })) };
  return (await apiSocialAssistance<{ id: string }>(baseUrl, session, 'POST', '/api/v1/households', body)).id;
}
