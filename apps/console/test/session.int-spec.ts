import request from 'supertest';
import { PasswordHasher } from '../src/passwords/password-hasher';
import { ADMIN_PASSWORD, browserOf, createUser, login, loginAdmin, sessionCookieOf, startConsole, type Browser, type ConsoleHarness } from './console-harness';

describe('console sessions: login, cookie, CSRF, expiry, logout', () => {
  let h: ConsoleHarness;
  let admin: Browser;

  beforeAll(async () => {
    h = await startConsole('console_sessions', { SESSION_IDLE_MINUTES: '30', SESSION_ABSOLUTE_HOURS: '12' });
    admin = await loginAdmin(h);
    await createUser(h, admin, { username: 'Zhang.Wei', roles: ['operator', 'reviewer'], division: '110105', displayName: '张伟' }, 'zhang wei passphrase');
  });

  afterAll(async () => {
    await h?.close();
  });

  it('logs in with the right password: the user, a CSRF token and a session cookie', async () => {
    const res = await request(h.server).post('/api/session').send({ username: 'zhang.wei', password: 'zhang wei passphrase' }).expect(200);
    expect(res.body).toEqual({
      user: { id: expect.any(String), username: 'Zhang.Wei', displayName: '张伟', roles: ['operator', 'reviewer'], division: '110105', mustChangePassword: false },
      csrfToken: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
    });
    const stored: Array<{ id_hash: string }> = await h.dataSource.query(`SELECT id_hash FROM console_session`);
    // The table holds hashes: the cookie value itself is nowhere in it.
    expect(stored.map((s) => s.id_hash)).not.toContain(sessionCookieOf(res).split('=')[1]);
  });

  it('sets the session cookie HttpOnly, SameSite=Strict, Path=/, without Secure unless configured', async () => {
    const res = await request(h.server).post('/api/session').send({ username: 'admin', password: ADMIN_PASSWORD }).expect(200);
    const cookie = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((c) => c.startsWith('cap_session='))!;
    const [pair, ...attributes] = cookie.split(';').map((part) => part.trim());
    expect(pair).toMatch(/^cap_session=[A-Za-z0-9_-]{43}$/);
    expect(attributes).toEqual(expect.arrayContaining(['HttpOnly', 'SameSite=Strict', 'Path=/']));
    expect(attributes.some((a) => /^secure$/i.test(a))).toBe(false);
    expect(attributes.some((a) => /^(max-age|expires)=/i.test(a))).toBe(false);
  });

  it('answers a wrong password and an unknown user alike, 401 AUTH.INVALID_CREDENTIALS, without a cookie', async () => {
    const wrong = await request(h.server).post('/api/session').send({ username: 'zhang.wei', password: 'not the passphrase' }).expect(401);
    const unknown = await request(h.server).post('/api/session').send({ username: 'nobody', password: 'not the passphrase' }).expect(401);
    for (const res of [wrong, unknown]) {
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.headers['set-cookie']).toBeUndefined();
    }
    expect(wrong.body).toMatchObject({ code: 'AUTH.INVALID_CREDENTIALS', detail: 'Wrong username or password.' });
    expect(unknown.body).toEqual({ ...wrong.body });
  });

  it('spends a hash verification on an unknown user, as on a known one', async () => {
    const hasher = h.running.app.get(PasswordHasher);
    const dummy = jest.spyOn(hasher, 'verifyAgainstDummy');
    const real = jest.spyOn(hasher, 'verify');
    try {
      await request(h.server).post('/api/session').send({ username: 'no.such.user', password: 'some password' }).expect(401);
      expect(dummy).toHaveBeenCalledTimes(1);
      expect(real).toHaveBeenCalledTimes(1);
      expect(real.mock.calls[0][0]).toMatch(/^\$argon2id\$/);
      dummy.mockClear();
      await request(h.server).post('/api/session').send({ username: 'zhang.wei', password: 'some password' }).expect(401);
      expect(dummy).not.toHaveBeenCalled();
      expect(real).toHaveBeenCalledTimes(2);
    } finally {
      dummy.mockRestore();
      real.mockRestore();
    }
  });

  it('refuses a login without username or password with 400 and the fields at fault', async () => {
    const res = await request(h.server).post('/api/session').send({ username: '' }).expect(400);
    expect(res.body.code).toBe('VALIDATION.FAILED');
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['password', 'password', 'password', 'username']);
  });

  it('reads the session back with GET /api/session, the same body as the login', async () => {
    const browser = await login(h, 'zhang.wei', 'zhang wei passphrase');
    const res = await browser.get('/api/session').expect(200);
    expect(res.body).toEqual({ user: browser.user, csrfToken: browser.csrfToken });
  });

  it('answers 401 AUTH.NO_SESSION without a cookie or with a made-up one', async () => {
    expect((await request(h.server).get('/api/session').expect(401)).body.code).toBe('AUTH.NO_SESSION');
    const forged = await request(h.server).get('/api/session').set('Cookie', `cap_session=${'A'.repeat(43)}`).expect(401);
    expect(forged.body.code).toBe('AUTH.NO_SESSION');
    expect(String(forged.headers['set-cookie'])).toMatch(/^cap_session=;.*Expires=Thu, 01 Jan 1970/);
  });

  it('refuses a write without the session’s CSRF token (403 AUTH.CSRF) and accepts it with the token', async () => {
    const browser = await login(h, 'zhang.wei', 'zhang wei passphrase');
    const missing = await request(h.server).post('/api/me/password').set('Cookie', browser.cookie).send({ currentPassword: 'x', newPassword: 'y' }).expect(403);
    expect(missing.body.code).toBe('AUTH.CSRF');
    const other = await loginAdmin(h);
    const wrong = await request(h.server).delete('/api/session').set('Cookie', browser.cookie).set('X-CSRF-Token', other.csrfToken).expect(403);
    expect(wrong.body.code).toBe('AUTH.CSRF');
    await browser.get('/api/session').expect(200);
    await browser.delete('/api/session').expect(204);
  });

  it('ends a session unused for SESSION_IDLE_MINUTES (401 AUTH.SESSION_EXPIRED), judged by the clock', async () => {
    const browser = await login(h, 'zhang.wei', 'zhang wei passphrase');
    h.advanceMinutes(29);
    await browser.get('/api/session').expect(200);
    h.advanceMinutes(29);
    await browser.get('/api/session').expect(200);
    h.advanceMinutes(30);
    const res = await browser.get('/api/session').expect(401);
    expect(res.body.code).toBe('AUTH.SESSION_EXPIRED');
    expect(String(res.headers['set-cookie'])).toContain('cap_session=;');
    expect((await browser.get('/api/session').expect(401)).body.code).toBe('AUTH.NO_SESSION');
  });

  it('ends a busy session after SESSION_ABSOLUTE_HOURS', async () => {
    const browser = await login(h, 'zhang.wei', 'zhang wei passphrase');
    for (let hour = 0; hour < 11; hour += 1) {
      h.advanceMinutes(20);
      await browser.get('/api/session').expect(200);
      h.advanceMinutes(20);
      await browser.get('/api/session').expect(200);
      h.advanceMinutes(20);
      await browser.get('/api/session').expect(200);
    }
    h.advanceMinutes(29);
    await browser.get('/api/session').expect(200);
    h.advanceMinutes(29);
    await browser.get('/api/session').expect(200);
    h.advanceMinutes(1);
    await browser.get('/api/session').expect(200);
    h.advanceMinutes(1);
    expect((await browser.get('/api/session').expect(401)).body.code).toBe('AUTH.SESSION_EXPIRED');
  });

  it('logs out: 204, the cookie cleared, the session deleted', async () => {
    const browser = await login(h, 'zhang.wei', 'zhang wei passphrase');
    const res = await browser.delete('/api/session').expect(204);
    expect(String(res.headers['set-cookie'])).toMatch(/^cap_session=;.*Expires=Thu, 01 Jan 1970/);
    expect((await browser.get('/api/session').expect(401)).body.code).toBe('AUTH.NO_SESSION');
    const again = browserOf(h.server, browser.cookie, browser.csrfToken, browser.user);
    expect((await again.delete('/api/session').expect(401)).body.code).toBe('AUTH.NO_SESSION');
  });

  it('ends the session a browser still held when someone logs in over it', async () => {
    const first = await login(h, 'zhang.wei', 'zhang wei passphrase');
    const res = await request(h.server).post('/api/session').set('Cookie', first.cookie).send({ username: 'admin', password: ADMIN_PASSWORD }).expect(200);
    expect(sessionCookieOf(res)).not.toBe(first.cookie);
    expect((await first.get('/api/session').expect(401)).body.code).toBe('AUTH.NO_SESSION');
  });

  it('answers the health checks without a session', async () => {
    await request(h.server).get('/health/live').expect(200, { status: 'ok' });
    const ready = await request(h.server).get('/health/ready').expect(200);
    expect(ready.body.checks).toEqual({ database: { status: 'up' } });
  });

  it('keeps unknown API paths a problem, not the app', async () => {
    const res = await admin.get('/api/nothing-here').expect(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.code).toBe('HTTP.NOT_FOUND');
  });
});
