import request from 'supertest';
import { auditRows, login, loginAdmin, startConsole, type Browser, type ConsoleHarness } from './console-harness';

describe('console: one-time passwords and changing one’s password', () => {
  let h: ConsoleHarness;
  let admin: Browser;

  beforeAll(async () => {
    h = await startConsole('console_password_change');
    admin = await loginAdmin(h);
  });

  afterAll(async () => {
    await h?.close();
  });

  async function newUser(username: string): Promise<{ id: string; oneTimePassword: string }> {
    const res = await admin.post('/api/users', { username, displayName: username, roles: ['operator'], division: '110105' }).expect(201);
    return { id: res.body.user.id, oneTimePassword: res.body.oneTimePassword };
  }

  it('lets a user with a one-time password do nothing but read or end the session and change the password', async () => {
    const { oneTimePassword } = await newUser('gate.keeper');
    const browser = await login(h, 'gate.keeper', oneTimePassword);
    expect(browser.user.mustChangePassword).toBe(true);
    await browser.get('/api/session').expect(200);
    for (const res of [
      await browser.get('/api/users'),
      await browser.get('/api/roles'),
      await browser.get('/api/svc/civil-registration/api/v1/place-names'),
      await browser.post('/api/svc/civil-registration/api/v1/place-names', {}),
    ]) {
      expect([res.status, res.body.code]).toEqual([403, 'AUTH.PASSWORD_CHANGE_REQUIRED']);
    }
    await browser.delete('/api/session').expect(204);
  });

  it('refuses a wrong current password (401, field currentPassword) and a weak new one (400, field newPassword)', async () => {
    const { oneTimePassword } = await newUser('careful.clerk');
    const browser = await login(h, 'careful.clerk', oneTimePassword);
    const wrong = await browser.post('/api/me/password', { currentPassword: 'not the one-time password', newPassword: 'a fine new passphrase' }).expect(401);
    expect(wrong.body).toMatchObject({ code: 'AUTH.INVALID_CREDENTIALS', errors: [{ field: 'currentPassword', code: 'invalid', message: expect.any(String) }] });
    for (const [newPassword, codes] of [
      ['short', ['tooShort']],
      ['Careful.Clerk', ['equalsUsername']],
      [oneTimePassword, ['sameAsCurrent']],
    ] as const) {
      const weak = await browser.post('/api/me/password', { currentPassword: oneTimePassword, newPassword }).expect(400);
      expect(weak.body.code).toBe('AUTH.WEAK_PASSWORD');
      expect(weak.body.errors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual(codes.map((c) => ['newPassword', c]));
    }
    // Still pending after the refusals.
    expect((await browser.get('/api/roles').expect(403)).body.code).toBe('AUTH.PASSWORD_CHANGE_REQUIRED');
  });

  it('changes the password (204), clears the pending change, ends the user’s other sessions and keeps this one', async () => {
    const { id, oneTimePassword } = await newUser('new.starter');
    const elsewhere = await login(h, 'new.starter', oneTimePassword);
    const browser = await login(h, 'new.starter', oneTimePassword);
    await browser.post('/api/me/password', { currentPassword: oneTimePassword, newPassword: 'my own passphrase' }).expect(204);

    const session = await browser.get('/api/session').expect(200);
    expect(session.body.user.mustChangePassword).toBe(false);
    expect((await elsewhere.get('/api/session').expect(401)).body.code).toBe('AUTH.NO_SESSION');
    // Past the gate: the user's role now decides (an operator is no admin).
    expect((await browser.get('/api/roles').expect(403)).body.code).toBe('AUTH.FORBIDDEN');

    await request(h.server).post('/api/session').send({ username: 'new.starter', password: oneTimePassword }).expect(401);
    await login(h, 'new.starter', 'my own passphrase');
    const audit = await auditRows(h, id);
    expect(audit.map((r) => [r.actor, r.action])).toEqual([
      ['admin', 'user.created'],
      ['new.starter', 'user.password-changed'],
    ]);
    expect(JSON.stringify(audit)).not.toMatch(/argon2|passphrase|passwordHash/);
  });

  it('asks for the CSRF token on the password change too', async () => {
    const { oneTimePassword } = await newUser('csrf.check');
    const browser = await login(h, 'csrf.check', oneTimePassword);
    const res = await request(h.server).post('/api/me/password').set('Cookie', browser.cookie).send({ currentPassword: oneTimePassword, newPassword: 'my own passphrase' }).expect(403);
    expect(res.body.code).toBe('AUTH.CSRF');
  });
});
