// The console's own API (apps/console: sessions, the user's account, user administration).
// Hand-written because it is small and the backend's contract is fixed here; the services' APIs
// are generated (src/api/services.ts). Everything goes through `send` in ./http.
import { ifMatch, requestJson, setCsrfToken } from './http';
import { isProblemError } from './problem';

export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  roles: string[];
  /** Division code: 6 (county), 9 (township) or 12 (village) digits. */
  division: string;
  mustChangePassword: boolean;
}

export interface Session {
  user: SessionUser;
  csrfToken: string;
}

/** A user as the administrator sees it. */
export interface ConsoleUser extends SessionUser {
  disabled?: boolean;
  /** ISO instant until which too many wrong passwords keep the account locked, or null. */
  lockedUntil?: string | null;
  /** The version an edit of this user is made against (sent as If-Match). */
  version?: number;
}

export interface UserPage {
  items: ConsoleUser[];
  total: number;
}

export interface UserQuery {
  page: number;
  pageSize: number;
  q?: string;
}

export interface NewUser {
  username: string;
  displayName: string;
  roles: string[];
  division: string;
}

export interface UserChange {
  displayName?: string;
  roles?: string[];
  division?: string;
  disabled?: boolean;
}

export interface OneTimePassword {
  oneTimePassword: string;
}

export interface CreatedUser extends OneTimePassword {
  user: ConsoleUser;
}

export interface RoleEntry {
  role: string;
}

/** The provider's login the login page offers (GET /api/session/login-options). */
export interface OidcLoginOption {
  authorizationEndpoint: string;
  clientId: string;
  scope: string;
}

export interface LoginOptions {
  /** Null when the console offers password login only. */
  oidc: OidcLoginOption | null;
}

/** What the code flow brings back to /login/oidc, for the backend to redeem at the provider. */
export interface OidcCode {
  code: string;
  codeVerifier: string;
  redirectUri: string;
  nonce: string;
}

function remember(session: Session): Session {
  setCsrfToken(session.csrfToken);
  return session;
}

export async function login(credentials: { username: string; password: string }): Promise<Session> {
  return remember(await requestJson<Session>('POST', '/api/session', credentials));
}

/** Asked before anyone is logged in: whether to show 使用统一身份认证登录. */
export function loginOptions(): Promise<LoginOptions> {
  return requestJson<LoginOptions>('GET', '/api/session/login-options');
}

export async function loginWithOidcCode(code: OidcCode): Promise<Session> {
  return remember(await requestJson<Session>('POST', '/api/session/oidc/code', code));
}

/** The current session, or null when there is none (or it expired). */
export async function currentSession(): Promise<Session | null> {
  try {
    return remember(await requestJson<Session>('GET', '/api/session'));
  } catch (error) {
    if (isProblemError(error) && error.problem.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export async function logout(): Promise<void> {
  try {
    await requestJson<void>('DELETE', '/api/session');
  } finally {
    setCsrfToken(null);
  }
}

export function changePassword(change: { currentPassword: string; newPassword: string }): Promise<void> {
  return requestJson<void>('POST', '/api/me/password', change);
}

export function listUsers(query: UserQuery): Promise<UserPage> {
  const params = new URLSearchParams({ page: String(query.page), pageSize: String(query.pageSize) });
  if (query.q) params.set('q', query.q);
  return requestJson<UserPage>('GET', `/api/users?${params.toString()}`);
}

export function createUser(user: NewUser): Promise<CreatedUser> {
  return requestJson<CreatedUser>('POST', '/api/users', user);
}

/** Changes the user as of `version` (the one the screen showed): 412 PRECONDITION.FAILED when someone changed it since. */
export function updateUser(id: string, change: UserChange, version?: number): Promise<ConsoleUser> {
  return requestJson<ConsoleUser>('PATCH', `/api/users/${encodeURIComponent(id)}`, change, version === undefined ? {} : ifMatch(version));
}

export function resetPassword(id: string): Promise<OneTimePassword> {
  return requestJson<OneTimePassword>('POST', `/api/users/${encodeURIComponent(id)}/reset-password`);
}

export function listRoles(): Promise<RoleEntry[]> {
  return requestJson<RoleEntry[]>('GET', '/api/roles');
}
