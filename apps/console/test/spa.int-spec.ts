import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { ADMIN_PASSWORD, startConsole, type ConsoleHarness } from './console-harness';

const INDEX = '<!doctype html><html><head><script type="module" src="/assets/index-abc123.js"></script></head><body><div id="root"></div></body></html>';

describe('console serving the built UI (CONSOLE_WEB_DIST), with security headers', () => {
  let h: ConsoleHarness;
  let dist: string;

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'console-web-dist-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), INDEX);
    writeFileSync(join(dist, 'assets', 'index-abc123.js'), 'console.log("app")');
    writeFileSync(join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    h = await startConsole('console_spa', { CONSOLE_WEB_DIST: dist, CONSOLE_COOKIE_SECURE: 'true' });
  });

  afterAll(async () => {
    await h?.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('serves index.html at / and for the app’s own routes, never cached without asking', async () => {
    for (const path of ['/', '/dibao/applications/42', '/users?page=2']) {
      const res = await request(h.server).get(path).expect(200);
      expect(res.headers['content-type']).toContain('text/html');
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.text).toBe(INDEX);
    }
  });

  it('serves hashed assets for a year and other files as they are', async () => {
    const js = await request(h.server).get('/assets/index-abc123.js').expect(200);
    expect(js.headers['content-type']).toContain('javascript');
    expect(js.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    await request(h.server).get('/favicon.svg').expect(200);
  });

  it('answers a missing file and unknown API paths with 404, not with the app', async () => {
    await request(h.server).get('/assets/missing-0000.js').expect(404);
    const api = await request(h.server).get('/api/not-a-route').expect(404);
    expect(api.headers['content-type']).toContain('application/problem+json');
    expect(api.body.code).toBe('HTTP.NOT_FOUND');
    expect((await request(h.server).get('/health/nothing').expect(404)).headers['content-type']).toContain('application/problem+json');
    await request(h.server).post('/').expect(404);
  });

  it('sends the security headers: a CSP with the app’s own scripts only and inline styles for Ant Design, no framing, HSTS behind HTTPS', async () => {
    const res = await request(h.server).get('/').expect(200);
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('marks the session cookie Secure when CONSOLE_COOKIE_SECURE=true', async () => {
    const res = await request(h.server).post('/api/session').send({ username: 'admin', password: ADMIN_PASSWORD }).expect(200);
    const cookie = String(([] as string[]).concat(res.headers['set-cookie'] ?? []).find((c) => c.startsWith('cap_session=')));
    expect(cookie.split(';').map((a) => a.trim())).toEqual(expect.arrayContaining(['Secure', 'HttpOnly', 'SameSite=Strict', 'Path=/']));
  });
});

describe('console without a built UI', () => {
  let h: ConsoleHarness;

  beforeAll(async () => {
    h = await startConsole('console_spa_absent', { CONSOLE_WEB_DIST: join(tmpdir(), 'console-web-dist-that-does-not-exist') });
  });

  afterAll(async () => {
    await h?.close();
  });

  it('answers / with a short plain page saying how to build the UI', async () => {
    for (const path of ['/', '/dibao']) {
      const res = await request(h.server).get(path).expect(200);
      expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
      expect(res.text).toContain('not built');
      expect(res.text).toContain('npm run build:console');
    }
    expect(String((await request(h.server).get('/').expect(200)).headers['strict-transport-security'])).toBe('undefined');
  });
});
