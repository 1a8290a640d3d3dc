// The one way the console talks to its backend: every request of src/api/console.ts and of the
// typed service clients (src/api/services.ts) goes through `send`. It sends the session cookie,
// adds the CSRF token to writes, turns failures into ProblemError and, when the session is gone
// or the password must be changed first, tells the app to go to 登录 or 修改密码.
import { networkProblem, problemFromResponse, ProblemError, type Problem } from './problem';

export const CSRF_HEADER = 'X-CSRF-Token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Codes that mean "log in again" and "change your password first". */
export const SESSION_LOST_CODES: ReadonlySet<string> = new Set(['AUTH.NO_SESSION', 'AUTH.SESSION_EXPIRED']);
export const PASSWORD_CHANGE_CODE = 'AUTH.PASSWORD_CHANGE_REQUIRED';

export type AuthRedirect = { to: 'login'; problem: Problem } | { to: 'change-password'; problem: Problem };

let csrfToken: string | null = null;
let onAuthRedirect: (redirect: AuthRedirect) => void = () => undefined;

/** Set from the session (login, GET /api/session), cleared on logout. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The app installs navigation here (src/main.tsx); the API layer itself knows no routes. */
export function setAuthRedirectHandler(handler: (redirect: AuthRedirect) => void): void {
  onAuthRedirect = handler;
}

function prepare(request: Request): Request {
  const headers = new Headers(request.headers);
  if (!headers.has('Accept')) headers.set('Accept', 'application/json, application/problem+json');
  if (!SAFE_METHODS.has(request.method.toUpperCase()) && csrfToken) headers.set(CSRF_HEADER, csrfToken);
  return new Request(request, { headers, credentials: 'same-origin' });
}

/**
 * Sends a request; resolves with the response when it succeeded (2xx), otherwise rejects with a
 * ProblemError after the redirects above. openapi-fetch calls this as its `fetch`.
 */
export async function send(request: Request): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(prepare(request));
  } catch {
    throw new ProblemError(networkProblem());
  }
  if (response.ok) return response;
  const problem = await problemFromResponse(response);
  if (SESSION_LOST_CODES.has(problem.code)) onAuthRedirect({ to: 'login', problem });
  else if (problem.code === PASSWORD_CHANGE_CODE) onAuthRedirect({ to: 'change-password', problem });
  throw new ProblemError(problem);
}

/**
 * The If-Match of an update: the version the screen read (a GET's ETag, or the `version` of the
 * row it showed), so that a change made meanwhile by someone else is refused with 412
 * PRECONDITION.FAILED instead of being overwritten.
 */
export function ifMatch(version: number): { 'If-Match': string } {
  return { 'If-Match': `"${version}"` };
}

/** A JSON request to the console's own API; 204 and empty bodies resolve with undefined. */
export async function requestJson<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
  const init: RequestInit = { method, headers: { ...headers } };
  if (body !== undefined) {
    init.body = JSON.stringify(body);
    init.headers = { ...headers, 'Content-Type': 'application/json' };
  }
  const response = await send(new Request(path, init));
  const text = response.status === 204 ? '' : await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}
