// The login page's OIDC login (authorization code flow with PKCE, RFC 7636), the parts that are
// plain data: the values drawn for one login, the provider's authorization URL, the S256 code
// challenge, and what the provider's answer at /login/oidc means. The browser side (random bytes,
// sessionStorage, leaving for the provider) is in ./oidc-login.ts. Pure.
import type { OidcLoginOption } from '../../api/console';

/** The console page the provider sends the browser back to: the `redirect_uri` (the backend accepts only this path). */
export const OIDC_CALLBACK_PATH = '/login/oidc';

/** What one login keeps in the tab (sessionStorage) while the browser is at the provider. */
export interface PendingOidcLogin {
  /** Against cross-site request forgery: the answer must bring it back. */
  state: string;
  /** The ID token must carry it (checked by the backend): an answer to this login, not a replayed one. */
  nonce: string;
  /** PKCE: only its hash goes to the provider; the backend sends it when it redeems the code. */
  codeVerifier: string;
  /** Where to go once logged in. */
  returnTo: string;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Bytes as base64url without padding (RFC 4648 §5), as PKCE and the tokens use. */
export function base64url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a, b, c] = [bytes[i], bytes[i + 1], bytes[i + 2]];
    out += ALPHABET[a >> 2] + ALPHABET[((a & 3) << 4) | ((b ?? 0) >> 4)];
    if (b !== undefined) out += ALPHABET[((b & 15) << 2) | ((c ?? 0) >> 6)];
    if (c !== undefined) out += ALPHABET[c & 63];
  }
  return out;
}

/** The values of a new login from 32 random bytes each: 43 base64url characters (RFC 7636's verifier length). */
export function pendingLogin(random: () => Uint8Array, returnTo: string): PendingOidcLogin {
  return { state: base64url(random()), nonce: base64url(random()), codeVerifier: base64url(random()), returnTo };
}

interface Digest {
  digest(algorithm: 'SHA-256', data: Uint8Array<ArrayBuffer>): Promise<ArrayBuffer>;
}

/** S256: base64url(SHA-256(verifier)). `subtle` is the Web Crypto API's. */
export async function codeChallenge(verifier: string, subtle: Digest): Promise<string> {
  return base64url(new Uint8Array(await subtle.digest('SHA-256', new TextEncoder().encode(verifier))));
}

/** Where the browser goes to log in at the provider. */
export function authorizationUrl(option: OidcLoginOption, pending: PendingOidcLogin, redirectUri: string, challenge: string): string {
  const url = new URL(option.authorizationEndpoint);
  const params: Record<string, string> = {
    response_type: 'code',
    client_id: option.clientId,
    redirect_uri: redirectUri,
    scope: option.scope,
    state: pending.state,
    nonce: pending.nonce,
    code_challenge: challenge,
    code_challenge_method: 'S256',
  };
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  return url.toString();
}

/** The provider's answer at /login/oidc: a code to redeem, or why there is none. */
export type OidcCallback =
  | { kind: 'code'; code: string; pending: PendingOidcLogin }
  /** The person cancelled or the provider refused (`error` in the answer). */
  | { kind: 'refused' }
  /** No login of this tab is waiting for this answer (another tab's, an old bookmark, or forged). */
  | { kind: 'stale' };

export function readCallback(search: string, pending: PendingOidcLogin | null): OidcCallback {
  const params = new URLSearchParams(search);
  if (params.has('error')) return { kind: 'refused' };
  const code = params.get('code');
  if (!code || !pending || params.get('state') !== pending.state) return { kind: 'stale' };
  return { kind: 'code', code, pending };
}

/** A pending login read back from storage, or null when it is missing or not one. */
export function parsePending(stored: string | null): PendingOidcLogin | null {
  if (!stored) return null;
  try {
    const value = JSON.parse(stored) as Partial<PendingOidcLogin>;
    const fields = [value.state, value.nonce, value.codeVerifier, value.returnTo];
    return fields.every((f) => typeof f === 'string' && f !== '') ? (value as PendingOidcLogin) : null;
  } catch {
    return null;
  }
}

/** Only a path of the console itself ('/worklists?list=…'), never another site: else the home page. */
export function safeReturnTo(path: string | undefined, home: string): string {
  return path && path.startsWith('/') && !path.startsWith('//') && !path.startsWith('/login') ? path : home;
}
