// OIDC login against a provider stand-in: locally generated RSA and EC key pairs, their public
// halves served as a JWKS by a real HTTP server, ID tokens signed with the private halves; its
// token endpoint redeems authorization codes for the login page's code flow. And what the login
// page learns before anyone is logged in (GET /api/session/login-options).
import { createHash, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import jwt from 'jsonwebtoken';
import request from 'supertest';
import { createUser, loginAdmin, sessionCookieOf, startConsole, START, type ConsoleHarness } from './console-harness';

const ISSUER = 'https://id.bureau.example';
const AUDIENCE = 'civil-affairs-console';

interface TokenAnswer {
  status: number;
  body: object;
}

interface Provider {
  server: Server;
  url: string;
  /** Key set requests served so far. */
  fetches: number;
  publish(keys: Array<{ kid: string; key: KeyObject }>): void;
  /** What POST /token answers next (the form it was sent is kept in `redeemed`). */
  tokenAnswer: TokenAnswer;
  redeemed: Array<Record<string, string>>;
}

async function startProvider(): Promise<Provider> {
  let jwks: object[] = [];
  const provider = {
    fetches: 0,
    publish: (keys: Array<{ kid: string; key: KeyObject }>) => {
      jwks = keys.map(({ kid, key }) => ({ ...key.export({ format: 'jwk' }), kid, use: 'sig' }));
    },
    tokenAnswer: { status: 400, body: { error: 'invalid_grant' } },
    redeemed: [],
  } as unknown as Provider;
  provider.server = createServer((req, res) => {
    if (req.method === 'POST' && req.url === '/token') {
      let form = '';
      req.on('data', (chunk: Buffer) => (form += chunk.toString()));
      req.on('end', () => {
        provider.redeemed.push({ contentType: req.headers['content-type'] ?? '', ...Object.fromEntries(new URLSearchParams(form)) });
        res.writeHead(provider.tokenAnswer.status, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify(provider.tokenAnswer.body));
      });
      return;
    }
    provider.fetches += 1;
    res.writeHead(req.url === '/jwks' ? 200 : 404, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(req.url === '/jwks' ? { keys: jwks } : {}));
  });
  await new Promise<void>((resolve) => provider.server.listen(0, '127.0.0.1', resolve));
  provider.url = `http://127.0.0.1:${(provider.server.address() as AddressInfo).port}`;
  return provider;
}

const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const stranger = generateKeyPairSync('rsa', { modulusLength: 2048 });
const NOW = Math.floor(new Date(START).getTime() / 1000);

function idToken(claims: Record<string, unknown>, options: { key?: KeyObject | string; kid?: string; algorithm?: jwt.Algorithm } = {}): string {
  const payload = { iss: ISSUER, aud: AUDIENCE, sub: 'idp-user-1', iat: NOW, exp: NOW + 300, ...claims };
  return jwt.sign(payload, options.key ?? rsa.privateKey, { algorithm: options.algorithm ?? 'RS256', keyid: options.kid ?? 'rsa-1' });
}

describe('console OIDC login (POST /api/session/oidc)', () => {
  let provider: Provider;
  let h: ConsoleHarness;

  beforeAll(async () => {
    provider = await startProvider();
    provider.publish([
      { kid: 'rsa-1', key: rsa.publicKey },
      { kid: 'ec-1', key: ec.publicKey },
    ]);
    h = await startConsole('console_oidc', { OIDC_ISSUER: ISSUER, OIDC_JWKS_URI: `${provider.url}/jwks`, OIDC_AUDIENCE: AUDIENCE });
    const admin = await loginAdmin(h);
    await createUser(h, admin, { username: 'Lin.Hua', roles: ['reviewer'], division: '110105' });
    const { id } = await createUser(h, admin, { username: 'gone.user', roles: ['operator'], division: '110105' });
    await admin.patch(`/api/users/${id}`, { disabled: true }).expect(200);
  });

  afterAll(async () => {
    await h?.close();
    await new Promise((resolve) => provider?.server.close(resolve));
  });

  const oidcLogin = (token: unknown) => request(h.server).post('/api/session/oidc').send({ idToken: token });

  it('opens the same session as a password login for a valid RS256 ID token of a known user', async () => {
    const res = await oidcLogin(idToken({ preferred_username: 'lin.hua' })).expect(200);
    expect(res.body).toEqual({
      user: { id: expect.any(String), username: 'Lin.Hua', displayName: 'Lin.Hua', roles: ['reviewer'], division: '110105', mustChangePassword: false },
      csrfToken: expect.any(String),
    });
    const cookie = sessionCookieOf(res);
    expect(String(res.headers['set-cookie'])).toContain('HttpOnly');
    await request(h.server).get('/api/session').set('Cookie', cookie).expect(200);
    const idHash = createHash('sha256').update(cookie.split('=')[1]).digest('hex');
    expect(await h.dataSource.query(`SELECT method FROM console_session WHERE id_hash = $1`, [idHash])).toEqual([{ method: 'oidc' }]);
  });

  it('accepts ES256 too, and caches the key set instead of fetching it per login', async () => {
    const before = provider.fetches;
    await oidcLogin(idToken({ preferred_username: 'lin.hua' }, { key: ec.privateKey, kid: 'ec-1', algorithm: 'ES256' })).expect(200);
    await oidcLogin(idToken({ preferred_username: 'lin.hua' })).expect(200);
    expect(provider.fetches).toBe(before);
  });

  it.each([
    ['a wrong audience', () => idToken({ preferred_username: 'lin.hua', aud: 'another-app' })],
    ['a wrong issuer', () => idToken({ preferred_username: 'lin.hua', iss: 'https://evil.example' })],
    ['an expired token (by the console’s clock)', () => idToken({ preferred_username: 'lin.hua', iat: NOW - 3600, exp: NOW - 120 })],
    ['a token not yet valid', () => idToken({ preferred_username: 'lin.hua', nbf: NOW + 600 })],
    ['a key the provider does not publish', () => idToken({ preferred_username: 'lin.hua' }, { key: stranger.privateKey, kid: 'rsa-1' })],
    ['an unknown key id', () => idToken({ preferred_username: 'lin.hua' }, { key: stranger.privateKey, kid: 'rsa-9' })],
    ['HS256 signed with the public key as secret', () => idToken({ preferred_username: 'lin.hua' }, { key: rsa.publicKey.export({ format: 'pem', type: 'spki' }).toString(), algorithm: 'HS256' })],
    ['no username claim', () => idToken({})],
  ])('refuses %s with 401 AUTH.OIDC_INVALID_TOKEN and no cookie', async (_what, token) => {
    const res = await oidcLogin(token()).expect(401);
    expect(res.body.code).toBe('AUTH.OIDC_INVALID_TOKEN');
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('refuses a token that is not a JWT with 400 and the field', async () => {
    const res = await oidcLogin('not-a-token').expect(400);
    expect(res.body).toMatchObject({ code: 'VALIDATION.FAILED', errors: [{ field: 'idToken' }] });
  });

  it('maps only to an existing, enabled console user', async () => {
    expect((await oidcLogin(idToken({ preferred_username: 'not.in.console' })).expect(401)).body.code).toBe('AUTH.OIDC_UNKNOWN_USER');
    expect((await oidcLogin(idToken({ preferred_username: 'gone.user' })).expect(403)).body.code).toBe('AUTH.DISABLED');
  });

  it('offers no login button without the provider’s endpoints: login-options says so, and the code exchange is 404', async () => {
    expect((await request(h.server).get('/api/session/login-options').expect(200)).body).toEqual({ oidc: null });
    expect((await request(h.server).post('/api/session/oidc/code').send({}).expect(404)).body.code).toBe('AUTH.OIDC_NOT_CONFIGURED');
  });

  it('picks up a rotated key: a new key id fetches the key set again, at most every 30 s', async () => {
    const rotated = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    provider.publish([{ kid: 'ec-2', key: rotated.publicKey }]);
    const token = idToken({ preferred_username: 'lin.hua' }, { key: rotated.privateKey, kid: 'ec-2', algorithm: 'ES256' });
    const before = provider.fetches;
    // Within 30 s of the last fetch an unknown key id is refused without asking the provider.
    expect((await oidcLogin(token).expect(401)).body.code).toBe('AUTH.OIDC_INVALID_TOKEN');
    expect(provider.fetches).toBe(before);
    // The key cache runs on process time (not the business clock): move that on by 31 s.
    const realNow = performance.now.bind(performance);
    const later = jest.spyOn(performance, 'now').mockImplementation(() => realNow() + 31_000);
    try {
      await oidcLogin(token).expect(200);
      expect(provider.fetches).toBe(before + 1);
    } finally {
      later.mockRestore();
    }
  });
});

describe('console without OIDC', () => {
  let h: ConsoleHarness;

  beforeAll(async () => {
    h = await startConsole('console_no_oidc', { OIDC_ISSUER: undefined, OIDC_JWKS_URI: undefined, OIDC_AUDIENCE: undefined });
  });

  afterAll(async () => {
    await h?.close();
  });

  it('answers POST /api/session/oidc with 404 AUTH.OIDC_NOT_CONFIGURED, whatever the body', async () => {
    for (const body of [{ idToken: idToken({ preferred_username: 'admin' }) }, {}]) {
      const res = await request(h.server).post('/api/session/oidc').send(body).expect(404);
      expect(res.body.code).toBe('AUTH.OIDC_NOT_CONFIGURED');
    }
    expect((await request(h.server).post('/api/session/oidc/code').send({}).expect(404)).body.code).toBe('AUTH.OIDC_NOT_CONFIGURED');
  });

  it('tells the login page, without a session, that there is no OIDC button', async () => {
    const res = await request(h.server).get('/api/session/login-options').expect(200);
    expect(res.body).toEqual({ oidc: null });
    expect(res.headers['set-cookie']).toBeUndefined();
  });
});

describe('the login page’s OIDC button: authorization code flow with PKCE (POST /api/session/oidc/code)', () => {
  let provider: Provider;
  let h: ConsoleHarness;
  const REDIRECT = 'https://console.bureau.example/login/oidc';
  const VERIFIER = 'v'.repeat(43);
  const NONCE = 'n0nce-of-this-login';
  const redeem = (body: object) => request(h.server).post('/api/session/oidc/code').send({ code: 'code-1', codeVerifier: VERIFIER, redirectUri: REDIRECT, nonce: NONCE, ...body });
  const answers = (claims: Record<string, unknown>) => {
    provider.tokenAnswer = { status: 200, body: { access_token: 'at', token_type: 'Bearer', id_token: idToken(claims) } };
  };

  beforeAll(async () => {
    provider = await startProvider();
    provider.publish([{ kid: 'rsa-1', key: rsa.publicKey }]);
    h = await startConsole('console_oidc_code', {
      OIDC_ISSUER: ISSUER,
      OIDC_JWKS_URI: `${provider.url}/jwks`,
      OIDC_AUDIENCE: AUDIENCE,
      OIDC_AUTHORIZATION_ENDPOINT: `${ISSUER}/authorize`,
      OIDC_TOKEN_ENDPOINT: `${provider.url}/token`,
      OIDC_CLIENT_SECRET: 'client-secret-for-tests',
    });
    await createUser(h, await loginAdmin(h), { username: 'lin.hua', roles: ['reviewer'], division: '110105' });
  });

  afterAll(async () => {
    await h?.close();
    await new Promise((resolve) => provider?.server.close(resolve));
  });

  it('tells the login page, without a session, where to send the browser', async () => {
    const res = await request(h.server).get('/api/session/login-options').expect(200);
    expect(res.body).toEqual({ oidc: { authorizationEndpoint: `${ISSUER}/authorize`, clientId: AUDIENCE, scope: 'openid profile' } });
    // Nothing secret in it.
    expect(JSON.stringify(res.body)).not.toContain('client-secret');
  });

  it('redeems the code at the token endpoint with the verifier and opens a session, without a CSRF token', async () => {
    answers({ preferred_username: 'lin.hua', nonce: NONCE });
    const res = await redeem({}).expect(200);
    expect(res.body.user).toMatchObject({ username: 'lin.hua', roles: ['reviewer'] });
    await request(h.server).get('/api/session').set('Cookie', sessionCookieOf(res)).expect(200);
    expect(provider.redeemed.at(-1)).toEqual({
      contentType: 'application/x-www-form-urlencoded',
      grant_type: 'authorization_code',
      code: 'code-1',
      redirect_uri: REDIRECT,
      client_id: AUDIENCE,
      code_verifier: VERIFIER,
      client_secret: 'client-secret-for-tests',
    });
  });

  it('refuses an ID token without this login’s nonce (a replayed or injected answer)', async () => {
    answers({ preferred_username: 'lin.hua', nonce: 'another-login-nonce' });
    expect((await redeem({}).expect(401)).body.code).toBe('AUTH.OIDC_INVALID_TOKEN');
    answers({ preferred_username: 'lin.hua' });
    const res = await redeem({}).expect(401);
    expect(res.body.code).toBe('AUTH.OIDC_INVALID_TOKEN');
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('answers 401 AUTH.OIDC_CODE_REJECTED when the provider refuses the code, 502 when it fails', async () => {
    provider.tokenAnswer = { status: 400, body: { error: 'invalid_grant', error_description: 'code expired' } };
    expect((await redeem({}).expect(401)).body.code).toBe('AUTH.OIDC_CODE_REJECTED');
    provider.tokenAnswer = { status: 503, body: {} };
    expect((await redeem({}).expect(502)).body.code).toBe('AUTH.OIDC_PROVIDER_UNAVAILABLE');
    provider.tokenAnswer = { status: 200, body: { access_token: 'at' } };
    expect((await redeem({}).expect(401)).body.code).toBe('AUTH.OIDC_INVALID_TOKEN');
  });

  it('maps to console users as the ID token login does', async () => {
    answers({ preferred_username: 'not.in.console', nonce: NONCE });
    expect((await redeem({}).expect(401)).body.code).toBe('AUTH.OIDC_UNKNOWN_USER');
  });

  it.each([
    ['codeVerifier', { codeVerifier: 'short' }],
    ['redirectUri', { redirectUri: 'https://evil.example/callback' }],
    ['nonce', { nonce: 'x' }],
    ['code', { code: '' }],
  ])('checks %s before asking the provider', async (field, body) => {
    const asked = provider.redeemed.length;
    const res = await redeem(body).expect(400);
    expect(res.body).toMatchObject({ code: 'VALIDATION.FAILED', errors: [expect.objectContaining({ field })] });
    expect(provider.redeemed.length).toBe(asked);
  });
});

describe('console whose OIDC provider does not answer', () => {
  let h: ConsoleHarness;

  beforeAll(async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    h = await startConsole('console_oidc_down', { OIDC_ISSUER: ISSUER, OIDC_JWKS_URI: `http://127.0.0.1:${port}/jwks`, OIDC_AUDIENCE: AUDIENCE });
  });

  afterAll(async () => {
    await h?.close();
  });

  it('answers 502 AUTH.OIDC_PROVIDER_UNAVAILABLE, and password login still works', async () => {
    const res = await request(h.server).post('/api/session/oidc').send({ idToken: idToken({ preferred_username: 'admin' }) }).expect(502);
    expect(res.body.code).toBe('AUTH.OIDC_PROVIDER_UNAVAILABLE');
    await loginAdmin(h);
  });
});
