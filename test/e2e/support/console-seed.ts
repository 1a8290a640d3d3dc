// Setting up what an end-to-end scenario needs, through the console as a browser would call it:
// the services' HTTP APIs behind /api/svc/<service> (the console mints each call's service token
// from the logged-in user's roles and division), the reference policy parameters, and caseworkers
// ready to log in (their first password already changed).
import { readReferenceData } from '../../../scripts/load-reference-data';
import { apiCreateUser, apiLogin, type ApiSession } from './console-api';

export type ServiceName = 'civil-registration' | 'social-assistance' | 'elderly-care' | 'child-welfare' | 'canteen' | 'payments';

/** Calls to the services as one console user. */
export class ConsoleCaller {
  constructor(
    private readonly baseUrl: string,
    private readonly session: ApiSession,
  ) {}

  static async login(baseUrl: string, username: string, password: string): Promise<ConsoleCaller> {
    return new ConsoleCaller(baseUrl, await apiLogin(baseUrl, username, password));
  }

  /** Resolves with the parsed body when the service answers one of `expected`, else throws with what it said. */
  async call<T = Record<string, unknown>>(service: ServiceName, method: string, path: string, options: { body?: unknown; raw?: { contentType: string; text: string }; expected?: number[] } = {}): Promise<{ status: number; body: T }> {
    const headers: Record<string, string> = { Cookie: this.session.cookie, 'X-CSRF-Token': this.session.csrfToken };
    let body: string | undefined;
    if (options.raw) {
      headers['Content-Type'] = options.raw.contentType;
      body = options.raw.text;
    } else if (options.body !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(options.body);
    }
    const response = await fetch(`${this.baseUrl}/api/svc/${service}${path}`, { method, headers, body });
    const text = await response.text();
    const expected = options.expected ?? [200, 201];
    if (!expected.includes(response.status)) throw new Error(`${method} ${service}${path} answered ${response.status}: ${text}`);
    return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
  }

  /** The platform's reference policy parameters (seeds/reference), for the services named; already there is fine. */
  async loadPolicies(services: ServiceName[]): Promise<void> {
    const data = readReferenceData();
    for (const service of services) {
      for (const row of data[service] ?? []) await this.call(service, 'POST', '/api/v1/policy-parameters', { body: row, expected: [201, 409] });
    }
  }
}

/**
 * A console user who has logged in once and replaced the one-time password, as a caseworker does
 * on their first day; resolves with the password they log in with from then on.
 */
export async function readyUser(baseUrl: string, admin: ApiSession, user: { username: string; displayName: string; roles: string[]; division: string }): Promise<string> {
  const oneTime = await apiCreateUser(baseUrl, admin, user);
  const session = await apiLogin(baseUrl, user.username, oneTime);
  const password = `${user.username}-Pass-2024`;
  const response = await fetch(`${baseUrl}/api/me/password`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Cookie: session.cookie, 'X-CSRF-Token': session.csrfToken },
    body: JSON.stringify({ currentPassword: oneTime, newPassword: password }),
  });
  if (response.status !== 204) throw new Error(`password change of ${user.username} answered ${response.status}: ${await response.text()}`);
  return password;
}

/** This month on the Shanghai calendar, 'YYYY-MM'. */
export function currentMonthInShanghai(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' }).format(now).slice(0, 7);
}
