// 使用统一身份认证登录: the login page's button, hidden on a console without OIDC (the default),
// and on a console configured for it the whole authorization code flow with PKCE in the browser:
// to a provider stand-in (a real HTTP server: authorization endpoint, token endpoint, key set),
// back to /login/oidc, the code redeemed by the console, and the user where they were going.
import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import jwt from 'jsonwebtoken';
import type { Browser } from 'playwright-core';
import { apiReadyUser } from './support/assistance-api';
import { docScreenshot, launchBrowser, openTab, screenshotOnFailure, type Tab } from './support/browser';
import { apiLogin } from './support/console-api';
import { startConsoleStack, type ConsoleStack } from './support/console-stack';
import { loginAndWait } from './support/console-ui';
import { isolateFile } from './support/isolation';

const ISSUER = 'https://id.e2e.example';
const CLIENT_ID = 'civil-affairs-console';
const OIDC_BUTTON = '使用统一身份认证登录';

interface Grant {
  nonce: string;
  challenge: string;
  redirectUri: string;
}

/** The provider as the browser and the console meet it; it has already authenticated `username`. */
class ProviderStandIn {
  private readonly keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
  private readonly grants = new Map<string, Grant>();
  private server!: Server;
  url = '';
  /** Who is logged in at the provider; null: the person cancels there (error=access_denied). */
  username: string | null = 'lin.hua';
  /** What went wrong in the flow as the provider checked it (empty when the console kept the protocol). */
  readonly violations: string[] = [];
  redeemed = 0;

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', this.url);
      if (req.method === 'GET' && url.pathname === '/authorize') return this.authorize(url, res);
      if (req.method === 'POST' && url.pathname === '/token') {
        let body = '';
        req.on('data', (chunk: Buffer) => (body += chunk.toString()));
        req.on('end', () => this.token(new URLSearchParams(body), res));
        return;
      }
      if (url.pathname === '/jwks') {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ keys: [{ ...this.keys.publicKey.export({ format: 'jwk' }), kid: 'e2e-1', use: 'sig', alg: 'RS256' }] }));
        return;
      }
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server?.close(() => resolve()));
  }

  private authorize(url: URL, res: import('node:http').ServerResponse): void {
    const p = Object.fromEntries(url.searchParams);
    if (p.response_type !== 'code' || p.client_id !== CLIENT_ID || p.code_challenge_method !== 'S256' || !p.code_challenge || !p.state || !p.nonce || !p.scope?.split(' ').includes('openid')) {
      this.violations.push(`authorize: ${url.search}`);
    }
    const back = new URL(p.redirect_uri);
    if (this.username === null) {
      back.searchParams.set('error', 'access_denied');
    } else {
      const code = randomBytes(16).toString('base64url');
      this.grants.set(code, { nonce: p.nonce, challenge: p.code_challenge, redirectUri: p.redirect_uri });
      back.searchParams.set('code', code);
    }
    back.searchParams.set('state', p.state);
    res.writeHead(302, { Location: back.toString() }).end();
  }

  private token(form: URLSearchParams, res: import('node:http').ServerResponse): void {
    this.redeemed += 1;
    const grant = this.grants.get(form.get('code') ?? '');
    this.grants.delete(form.get('code') ?? '');
    const verifier = form.get('code_verifier') ?? '';
    const pkce = createHash('sha256').update(verifier).digest('base64url');
    if (!grant || form.get('grant_type') !== 'authorization_code' || form.get('client_id') !== CLIENT_ID || form.get('redirect_uri') !== grant.redirectUri || pkce !== grant.challenge) {
      this.violations.push(`token: ${form.toString()}`);
      res.writeHead(400, { 'Content-Type': 'application/json' }).end(JSON.stringify({ error: 'invalid_grant' }));
      return;
    }
    const now = Math.floor(Date.now() / 1000);
    const idToken = jwt.sign({ iss: ISSUER, aud: CLIENT_ID, sub: 'idp-7', preferred_username: this.username, nonce: grant.nonce, iat: now, exp: now + 300 }, this.keys.privateKey, { algorithm: 'RS256', keyid: 'e2e-1' });
    res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ access_token: 'e2e', token_type: 'Bearer', expires_in: 300, id_token: idToken }));
  }
}

describe('使用统一身份认证登录 (e2e)', () => {
  const provider = new ProviderStandIn();
  let plain: ConsoleStack;
  let withOidc: ConsoleStack;
  let browser: Browser;
  let release: (() => Promise<void>) | undefined;
  const tabs: Tab[] = [];

  async function scenario(name: string, url: string, steps: (tab: Tab) => Promise<void>): Promise<void> {
    const tab = await openTab(browser, url);
    tabs.push(tab);
    try {
      await steps(tab);
      expect(tab.errors).toEqual([]);
    } catch (err) {
      await screenshotOnFailure(tab, `oidc-${name}`);
      throw err;
    }
  }

  /** The login page once it knows whether to offer the provider's login. */
  async function openLogin(tab: Tab, path = '/login'): Promise<void> {
    await Promise.all([tab.page.waitForResponse((r) => new URL(r.url()).pathname === '/api/session/login-options'), tab.page.goto(path)]);
    await tab.page.getByRole('button', { name: '登录', exact: true }).waitFor();
  }

  beforeAll(async () => {
    release = isolateFile('oidc');
    await provider.start();
    plain = await startConsoleStack();
    withOidc = await startConsoleStack({
      consoleEnv: {
        OIDC_ISSUER: ISSUER,
        OIDC_JWKS_URI: `${provider.url}/jwks`,
        OIDC_AUDIENCE: CLIENT_ID,
        OIDC_AUTHORIZATION_ENDPOINT: `${provider.url}/authorize`,
        OIDC_TOKEN_ENDPOINT: `${provider.url}/token`,
      },
    });
    const admin = await apiLogin(withOidc.url, withOidc.admin.username, withOidc.admin.password);
    await apiReadyUser(withOidc.url, admin, { username: 'lin.hua', displayName: '林华', roles: ['reviewer'], division: '110105' });
    browser = await launchBrowser();
  });

  afterEach(async () => {
    for (const tab of tabs) await tab.context.close();
    tabs.length = 0;
  });

  afterAll(async () => {
    await browser?.close();
    await withOidc?.stop();
    await plain?.stop();
    await provider.stop();
    await release?.();
  });

  it('a console without OIDC (the default) shows no such button, and password login works as before', () =>
    scenario('hidden', plain.url, async (tab) => {
      await openLogin(tab);
      expect(await tab.page.getByRole('button', { name: OIDC_BUTTON }).count()).toBe(0);
      await loginAndWait(tab.page, plain.admin.username, plain.admin.password);
    }));

  it('a person logs in at the provider and comes back logged in, on the page they asked for', () =>
    scenario('login', withOidc.url, async (tab) => {
      const { page } = tab;
      await openLogin(tab, '/person');
      await docScreenshot(page, 'login-oidc');
      await page.getByRole('button', { name: OIDC_BUTTON }).click();
      await page.getByRole('button', { name: '退出登录' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/person');
      await page.getByText('林华').first().waitFor();
      expect(provider.violations).toEqual([]);
      expect(provider.redeemed).toBe(1);
      // The session is the console's own, as after a password login.
      await page.reload();
      await page.getByRole('button', { name: '退出登录' }).waitFor();
    }));

  it('a cancelled login at the provider, and an answer no login of this tab waits for, lead back to 登录', () =>
    scenario('refused', withOidc.url, async (tab) => {
      const { page } = tab;
      provider.username = null;
      try {
        await openLogin(tab);
        await page.getByRole('button', { name: OIDC_BUTTON }).click();
        await page.getByText('已在统一身份认证页面取消登录，或认证服务拒绝了本次登录。').waitFor();
      } finally {
        provider.username = 'lin.hua';
      }
      await page.goto('/login/oidc?code=forged&state=forged');
      await page.getByText('本次登录请求已失效（可能已完成、已过期或来自其他页面），请重新登录。').waitFor();
      const redeemed = provider.redeemed;
      await page.getByRole('button', { name: '返回登录页' }).click();
      await page.getByRole('button', { name: OIDC_BUTTON }).waitFor();
      // Nothing was sent to the provider for an answer the tab did not wait for.
      expect(provider.redeemed).toBe(redeemed);
    }));
});
