import { webcrypto } from 'node:crypto';
import { authorizationUrl, base64url, codeChallenge, parsePending, pendingLogin, readCallback, safeReturnTo, type PendingOidcLogin } from '../src/pages/session/oidc-flow';

const option = { authorizationEndpoint: 'https://id.bureau.example/authorize?tenant=minzheng', clientId: 'civil-affairs-console', scope: 'openid profile' };
const pending: PendingOidcLogin = { state: 'state-1', nonce: 'nonce-1', codeVerifier: 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk', returnTo: '/worklists?list=school' };

describe('the login page’s OIDC login (code flow with PKCE)', () => {
  it('writes bytes as base64url without padding', () => {
    expect(base64url(new Uint8Array([]))).toBe('');
    expect(base64url(new Uint8Array([0xfb]))).toBe('-w');
    expect(base64url(new Uint8Array([0xfb, 0xff]))).toBe('-_8');
    expect(base64url(new Uint8Array([0xfb, 0xff, 0xbf]))).toBe('-_-_');
    expect(base64url(new TextEncoder().encode('民政'))).toBe(Buffer.from('民政').toString('base64url'));
  });

  it('draws state, nonce and a 43-character verifier from 32 random bytes each', () => {
    let n = 0;
    const login = pendingLogin(() => new Uint8Array(32).fill(++n), '/worklists');
    expect(login.codeVerifier).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(new Set([login.state, login.nonce, login.codeVerifier]).size).toBe(3);
    expect(login.returnTo).toBe('/worklists');
  });

  it('derives the S256 challenge of RFC 7636, appendix B', async () => {
    expect(await codeChallenge(pending.codeVerifier, webcrypto.subtle)).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
  });

  it('sends the browser to the provider with the code flow’s parameters, keeping the endpoint’s own', () => {
    const url = new URL(authorizationUrl(option, pending, 'https://console.bureau.example/login/oidc', 'challenge-1'));
    expect(`${url.origin}${url.pathname}`).toBe('https://id.bureau.example/authorize');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      tenant: 'minzheng',
      response_type: 'code',
      client_id: 'civil-affairs-console',
      redirect_uri: 'https://console.bureau.example/login/oidc',
      scope: 'openid profile',
      state: 'state-1',
      nonce: 'nonce-1',
      code_challenge: 'challenge-1',
      code_challenge_method: 'S256',
    });
    // The verifier itself never leaves the browser for the provider.
    expect(url.toString()).not.toContain(pending.codeVerifier);
  });

  it('reads the provider’s answer: a code with this tab’s state, a refusal, or something stale', () => {
    expect(readCallback('?code=abc&state=state-1', pending)).toEqual({ kind: 'code', code: 'abc', pending });
    expect(readCallback('?error=access_denied&state=state-1', pending)).toEqual({ kind: 'refused' });
    expect(readCallback('?code=abc&state=another', pending)).toEqual({ kind: 'stale' });
    expect(readCallback('?code=abc&state=state-1', null)).toEqual({ kind: 'stale' });
    expect(readCallback('?state=state-1', pending)).toEqual({ kind: 'stale' });
  });

  it('reads back only a whole pending login', () => {
    expect(parsePending(JSON.stringify(pending))).toEqual(pending);
    expect(parsePending(JSON.stringify({ ...pending, nonce: '' }))).toBeNull();
    expect(parsePending('{not json')).toBeNull();
    expect(parsePending(null)).toBeNull();
  });

  it.each([
    ['/worklists?list=school', '/worklists?list=school'],
    [undefined, '/'],
    ['https://evil.example/', '/'],
    ['//evil.example/', '/'],
    ['/login/oidc?code=x', '/'],
  ])('goes back to %p as %p after logging in', (path, expected) => {
    expect(safeReturnTo(path, '/')).toBe(expected);
  });
});
