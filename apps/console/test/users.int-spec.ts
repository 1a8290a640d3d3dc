import request from 'supertest';
import { auditRows, createUser, login, loginAdmin, startConsole, type Browser, type ConsoleHarness } from './console-harness';

describe('console user administration (admin only, audited)', () => {
  let h: ConsoleHarness;
  let admin: Browser;

  beforeAll(async () => {
    h = await startConsole('console_users');
    admin = await loginAdmin(h);
  });

  afterAll(async () => {
    await h?.close();
  });

  it('creates a user with a one-time password to be changed at first login, and audits it without the hash', async () => {
    const res = await admin.post('/api/users', { username: 'Chen.Jing', displayName: ' 陈静 ', roles: ['operator', 'unmask'], division: '110105001' }).expect(201);
    expect(res.body).toEqual({
      user: {
        id: expect.any(String),
        username: 'Chen.Jing',
        displayName: '陈静',
        roles: ['operator', 'unmask'],
        division: '110105001',
        mustChangePassword: true,
        disabled: false,
        lockedUntil: null,
        createdAt: '2024-07-15T01:00:00.000Z',
        updatedAt: '2024-07-15T01:00:00.000Z',
        version: 1,
      },
      oneTimePassword: expect.stringMatching(/^[A-Za-z0-9]{4}(-[A-Za-z0-9]{4}){3}$/),
    });
    const browser = await login(h, 'chen.jing', res.body.oneTimePassword);
    expect(browser.user.mustChangePassword).toBe(true);
    const audit = await auditRows(h, res.body.user.id);
    expect(audit).toEqual([{ actor: 'admin', action: 'user.created', before: null, after: res.body.user }]);
  });

  it('refuses a username taken in any case (409, field username), an unknown role (400, field roles), a bad division (400, field division)', async () => {
    await admin.post('/api/users', { username: 'taken.name', displayName: 'A', roles: ['operator'], division: '110105' }).expect(201);
    const taken = await admin.post('/api/users', { username: 'Taken.Name', displayName: 'B', roles: ['operator'], division: '110105' }).expect(409);
    expect(taken.body).toMatchObject({ code: 'USER.USERNAME_TAKEN', errors: [{ field: 'username', code: 'taken' }] });
    const role = await admin.post('/api/users', { username: 'role.less', displayName: 'C', roles: ['operator', 'root'], division: '110105' }).expect(400);
    expect(role.body).toMatchObject({ code: 'USER.UNKNOWN_ROLE', errors: [{ field: 'roles', code: 'unknownRole' }] });
    expect(role.body.errors[0].message).toContain('root');
    const division = await admin.post('/api/users', { username: 'no.where', displayName: 'D', roles: ['operator'], division: '1101' }).expect(400);
    expect(division.body).toMatchObject({ code: 'VALIDATION.FAILED', errors: [{ field: 'division', code: 'isDivisionCode' }] });
    const bad = await admin.post('/api/users', { username: '-x', displayName: '', roles: [], division: '110105', extra: 1 }).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['displayName', 'extra', 'roles', 'username']);
    const rows: Array<{ n: number }> = await h.dataSource.query(`SELECT count(*)::int AS n FROM console_user WHERE lower(username) IN ('role.less', 'no.where', '-x')`);
    expect(rows[0].n).toBe(0);
  });

  it('lists users a page at a time, ordered by username, searching username and display name', async () => {
    for (const [username, displayName] of [['list.a', '列表甲'], ['list.b', '列表乙'], ['list.c', '其他']]) {
      await admin.post('/api/users', { username, displayName, roles: ['auditor'], division: '110105' }).expect(201);
    }
    const page = await admin.get('/api/users?page=1&pageSize=2&q=list').expect(200);
    expect(page.body.total).toBe(3);
    expect(page.body.items.map((u: { username: string }) => u.username)).toEqual(['list.a', 'list.b']);
    const second = await admin.get('/api/users?page=2&pageSize=2&q=LIST').expect(200);
    expect(second.body.items.map((u: { username: string }) => u.username)).toEqual(['list.c']);
    const byName = await admin.get(`/api/users?q=${encodeURIComponent('列表')}`).expect(200);
    expect(byName.body.items.map((u: { username: string }) => u.username)).toEqual(['list.a', 'list.b']);
    const all = await admin.get('/api/users').expect(200);
    expect(all.body.items.length).toBe(Math.min(all.body.total, 20));
    expect(JSON.stringify(all.body)).not.toMatch(/argon2|passwordHash|failedAttempts/);
    expect((await admin.get('/api/users?pageSize=101').expect(400)).body.errors[0].field).toBe('pageSize');
    expect((await admin.get('/api/users?q=%25').expect(200)).body.total).toBe(0);
  });

  it('changes display name, roles and division, audited before and after', async () => {
    const { id } = await createUser(h, admin, { username: 'zhou.min', roles: ['operator'], division: '110105' });
    h.advanceMinutes(1);
    const res = await admin.patch(`/api/users/${id}`, { displayName: '周敏', roles: ['reviewer', 'operator'], division: '110105002' }).expect(200);
    expect(res.body).toMatchObject({ id, displayName: '周敏', roles: ['reviewer', 'operator'], division: '110105002', updatedAt: '2024-07-15T01:01:00.000Z' });
    expect((await admin.get(`/api/users/${id}`).expect(200)).body).toEqual(res.body);
    const audit = await auditRows(h, id);
    const update = audit.find((r) => r.action === 'user.updated')!;
    expect(update.before).toMatchObject({ displayName: 'zhou.min', roles: ['operator'], division: '110105' });
    expect(update.after).toEqual(res.body);
    // Nothing changed: no audit entry.
    await admin.patch(`/api/users/${id}`, { division: '110105002' }).expect(200);
    expect((await auditRows(h, id)).length).toBe(audit.length);
  });

  it('disables a user, which ends their sessions at once, and enables them again', async () => {
    const { id, browser, password } = await createUser(h, admin, { username: 'sun.li', roles: ['operator'], division: '110105' });
    const disabled = await admin.patch(`/api/users/${id}`, { disabled: true }).expect(200);
    expect(disabled.body.disabled).toBe(true);
    expect((await browser.get('/api/session').expect(401)).body.code).toBe('AUTH.NO_SESSION');
    const sessions: Array<{ n: number }> = await h.dataSource.query(`SELECT count(*)::int AS n FROM console_session WHERE user_id = $1`, [id]);
    expect(sessions[0].n).toBe(0);
    expect((await request(h.server).post('/api/session').send({ username: 'sun.li', password }).expect(403)).body.code).toBe('AUTH.DISABLED');

    await admin.patch(`/api/users/${id}`, { disabled: false }).expect(200);
    await login(h, 'sun.li', password);
    const actions = (await auditRows(h, id)).map((r) => r.action);
    expect(actions).toEqual(['user.created', 'user.password-changed', 'user.disabled', 'user.enabled']);
  });

  it('resets a password: a new one-time password, the old one and every session end', async () => {
    const { id, browser, password } = await createUser(h, admin, { username: 'qian.yu', roles: ['operator'], division: '110105' });
    const reset = await admin.post(`/api/users/${id}/reset-password`).expect(200);
    expect(reset.body).toEqual({ oneTimePassword: expect.stringMatching(/^[A-Za-z0-9-]{19}$/) });
    expect((await browser.get('/api/session').expect(401)).body.code).toBe('AUTH.NO_SESSION');
    await request(h.server).post('/api/session').send({ username: 'qian.yu', password }).expect(401);
    const fresh = await login(h, 'qian.yu', reset.body.oneTimePassword);
    expect(fresh.user.mustChangePassword).toBe(true);
    const entry = (await auditRows(h, id)).find((r) => r.action === 'user.password-reset')!;
    expect([entry.actor, entry.before?.mustChangePassword, entry.after?.mustChangePassword]).toEqual(['admin', false, true]);
    expect(JSON.stringify(entry)).not.toContain(reset.body.oneTimePassword);
  });

  it('answers 404 USER.NOT_FOUND for a user that does not exist', async () => {
    for (const id of ['6f1c0a52-0000-4000-8000-000000000000', 'not-a-uuid']) {
      expect((await admin.patch(`/api/users/${id}`, { displayName: 'x' }).expect(404)).body.code).toBe('USER.NOT_FOUND');
      expect((await admin.post(`/api/users/${id}/reset-password`).expect(404)).body.code).toBe('USER.NOT_FOUND');
      expect((await admin.get(`/api/users/${id}`).expect(404)).body.code).toBe('USER.NOT_FOUND');
    }
  });

  it('refuses every user administration route to a user who is not admin (403 AUTH.FORBIDDEN), changing nothing', async () => {
    const { browser } = await createUser(h, admin, { username: 'plain.operator', roles: ['operator', 'approver', 'auditor'], division: '110105' });
    const target = (await admin.get('/api/users?q=plain.operator').expect(200)).body.items[0].id as string;
    for (const res of [
      await browser.get('/api/users'),
      await browser.get(`/api/users/${target}`),
      await browser.get('/api/roles'),
      await browser.post('/api/users', { username: 'sneaky', displayName: 'S', roles: ['admin'], division: '000000' }),
      await browser.patch(`/api/users/${target}`, { roles: ['admin'] }),
      await browser.post(`/api/users/${target}/reset-password`),
    ]) {
      expect([res.status, res.body.code]).toEqual([403, 'AUTH.FORBIDDEN']);
    }
    expect((await admin.get('/api/users?q=sneaky').expect(200)).body.total).toBe(0);
    expect((await admin.get(`/api/users/${target}`).expect(200)).body.roles).toEqual(['operator', 'approver', 'auditor']);
  });

  it('keeps at least one enabled admin (409 USER.LAST_ADMIN)', async () => {
    const me = admin.user.id;
    expect((await admin.patch(`/api/users/${me}`, { disabled: true }).expect(409)).body.code).toBe('USER.LAST_ADMIN');
    expect((await admin.patch(`/api/users/${me}`, { roles: ['operator'] }).expect(409)).body.code).toBe('USER.LAST_ADMIN');
    const { id: second } = await createUser(h, admin, { username: 'second.admin', roles: ['admin'], division: '110105' });
    await admin.patch(`/api/users/${second}`, { roles: ['admin', 'auditor'] }).expect(200);
    await admin.patch(`/api/users/${second}`, { disabled: true }).expect(200);
    expect((await admin.patch(`/api/users/${me}`, { disabled: true }).expect(409)).body.code).toBe('USER.LAST_ADMIN');
  });

  it('lists the assignable roles', async () => {
    const res = await admin.get('/api/roles').expect(200);
    expect(res.body).toEqual(
      ['operator', 'reviewer', 'approver', 'auditor', 'admin', 'canteen-operator', 'assessor', 'child-director', 'child-supervisor', 'finance', 'unmask'].map((role) => ({ role })),
    );
  });

  describe('If-Match on PATCH (optimistic concurrency)', () => {
    const rowOf = async (id: string) =>
      ((await h.dataSource.query(`SELECT version, display_name, roles, division, disabled FROM console_user WHERE id = $1`, [id])) as Array<{ version: number }>)[0];

    it('refuses a stale version with 412 PRECONDITION.FAILED and stores nothing', async () => {
      const { body } = await admin.post('/api/users', { username: 'etag.stale', displayName: '旧版本', roles: ['operator'], division: '110105' }).expect(201);
      const etag = (await admin.get(`/api/users/${body.user.id}`).expect(200)).headers.etag as string;
      expect(etag).toBe('"1"');
      await admin.patch(`/api/users/${body.user.id}`, { displayName: '别人改过' }).expect(200);
      const before = await rowOf(body.user.id);

      const res = await admin.patch(`/api/users/${body.user.id}`, { division: '110105002' }).set('If-Match', etag);
      expect([res.status, res.body.code]).toEqual([412, 'PRECONDITION.FAILED']);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(await rowOf(body.user.id)).toEqual(before);
    });

    it('applies the current version and answers the new ETag; a failed login does not make it stale', async () => {
      const { body } = await admin.post('/api/users', { username: 'etag.fresh', displayName: '新版本', roles: ['operator'], division: '110105' }).expect(201);
      const etag = (await admin.get(`/api/users/${body.user.id}`).expect(200)).headers.etag as string;
      await request(h.server).post('/api/session').send({ username: 'etag.fresh', password: 'not-the-password' }).expect(401);

      const res = await admin.patch(`/api/users/${body.user.id}`, { displayName: '改好了' }).set('If-Match', etag).expect(200);
      expect(res.headers.etag).toBe('"2"');
      expect(res.body).toMatchObject({ displayName: '改好了', version: 2 });
      expect((await admin.get(`/api/users/${body.user.id}`).expect(200)).headers.etag).toBe('"2"');
    });
  });
});
