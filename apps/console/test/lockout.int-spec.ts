import request from 'supertest';
import { auditRows, createUser, login, loginAdmin, startConsole, type Browser, type ConsoleHarness } from './console-harness';

describe('console login lockout (LOGIN_MAX_FAILURES=3, LOGIN_LOCK_MINUTES=10)', () => {
  let h: ConsoleHarness;
  let admin: Browser;
  let liId: string;

  beforeAll(async () => {
    h = await startConsole('console_lockout', { LOGIN_MAX_FAILURES: '3', LOGIN_LOCK_MINUTES: '10' });
    admin = await loginAdmin(h);
    liId = (await createUser(h, admin, { username: 'li.na', roles: ['operator'], division: '110105' }, 'li na passphrase')).id;
  });

  afterAll(async () => {
    await h?.close();
  });

  const attempt = (password: string) => request(h.server).post('/api/session').send({ username: 'li.na', password });

  it('locks the account at the third wrong password in a row, until the lock period has passed', async () => {
    expect((await attempt('wrong password 1').expect(401)).body.code).toBe('AUTH.INVALID_CREDENTIALS');
    expect((await attempt('wrong password 2').expect(401)).body.code).toBe('AUTH.INVALID_CREDENTIALS');
    const locking = await attempt('wrong password 3').expect(423);
    expect(locking.headers['content-type']).toContain('application/problem+json');
    expect(locking.body).toMatchObject({ code: 'AUTH.LOCKED', lockedUntil: '2024-07-15T01:10:00.000Z' });

    // Even the right password is refused while the lock lasts, and sets no cookie.
    h.advanceMinutes(9);
    const refused = await attempt('li na passphrase').expect(423);
    expect(refused.body.lockedUntil).toBe('2024-07-15T01:10:00.000Z');
    expect(refused.headers['set-cookie']).toBeUndefined();

    h.advanceMinutes(1);
    await attempt('li na passphrase').expect(200);
  });

  it('records the lock in the audit log and shows it to administrators', async () => {
    const rows = await auditRows(h, liId);
    const lock = rows.find((r) => r.action === 'user.locked');
    expect(lock).toMatchObject({ actor: 'system:console-login', after: expect.objectContaining({ username: 'li.na', lockedUntil: '2024-07-15T01:10:00.000Z' }) });
    expect(JSON.stringify(rows)).not.toMatch(/argon2|passwordHash/);
  });

  it('counts only failures in a row: a success starts the count again', async () => {
    await attempt('wrong password').expect(401);
    await attempt('wrong password').expect(401);
    await attempt('li na passphrase').expect(200);
    await attempt('wrong password').expect(401);
    await attempt('wrong password').expect(401);
    await attempt('li na passphrase').expect(200);
  });

  it('gives the full number of attempts again after a lock has run out', async () => {
    for (let i = 0; i < 2; i += 1) await attempt('wrong password').expect(401);
    await attempt('wrong password').expect(423);
    h.advanceMinutes(10);
    await attempt('wrong password').expect(401);
    await attempt('wrong password').expect(401);
    await attempt('wrong password').expect(423);
    h.advanceMinutes(10);
  });

  it('lifts a lock with a password reset by an administrator', async () => {
    for (let i = 0; i < 3; i += 1) await attempt('wrong password');
    // The clock has moved past the idle limit of the first admin session.
    admin = await loginAdmin(h);
    const users = await admin.get('/api/users?q=li.na').expect(200);
    expect(users.body.items[0].lockedUntil).toBe(new Date(h.clock.now().getTime() + 10 * 60_000).toISOString());
    const reset = await admin.post(`/api/users/${liId}/reset-password`).expect(200);
    const browser = await login(h, 'li.na', reset.body.oneTimePassword);
    expect(browser.user.mustChangePassword).toBe(true);
  });

  it('answers 403 AUTH.DISABLED for a disabled account only when the password is right', async () => {
    const { id } = await createUser(h, admin, { username: 'wang.fang', roles: ['operator'], division: '110105' }, 'wang fang passphrase');
    await admin.patch(`/api/users/${id}`, { disabled: true }).expect(200);
    const wrong = await request(h.server).post('/api/session').send({ username: 'wang.fang', password: 'not it at all' }).expect(401);
    expect(wrong.body.code).toBe('AUTH.INVALID_CREDENTIALS');
    const right = await request(h.server).post('/api/session').send({ username: 'wang.fang', password: 'wang fang passphrase' }).expect(403);
    expect(right.body.code).toBe('AUTH.DISABLED');
    expect(right.headers['set-cookie']).toBeUndefined();
  });
});
