// The browser side of the login page's OIDC login: draw the values of one login, keep them in this
// tab while it is at the provider, leave for the provider, and read them back at /login/oidc.
import type { OidcLoginOption } from '../../api/console';
import { authorizationUrl, codeChallenge, OIDC_CALLBACK_PATH, parsePending, pendingLogin, type PendingOidcLogin } from './oidc-flow';

const STORAGE_KEY = 'cap.oidc.pending';

export class InsecureContextError extends Error {}

/** The redirect_uri: this console's /login/oidc. */
export function redirectUri(): string {
  return `${window.location.origin}${OIDC_CALLBACK_PATH}`;
}

/** Leaves for the provider's login page. Web Crypto needs a secure context (HTTPS, or localhost). */
export async function startOidcLogin(option: OidcLoginOption, returnTo: string): Promise<void> {
  const subtle = window.crypto?.subtle;
  if (!window.isSecureContext || !subtle) throw new InsecureContextError('OIDC login needs HTTPS');
  const pending = pendingLogin(() => window.crypto.getRandomValues(new Uint8Array(32)), returnTo);
  sessionStorage.setItem(STORAGE_KEY, JSON.stringify(pending));
  window.location.assign(authorizationUrl(option, pending, redirectUri(), await codeChallenge(pending.codeVerifier, subtle)));
}

/** The login waiting for the provider's answer in this tab, if any. */
export function pendingOidcLogin(): PendingOidcLogin | null {
  return parsePending(sessionStorage.getItem(STORAGE_KEY));
}

/** Forgets it once the answer has arrived: an answer is used once. */
export function forgetPendingOidcLogin(): void {
  sessionStorage.removeItem(STORAGE_KEY);
}
