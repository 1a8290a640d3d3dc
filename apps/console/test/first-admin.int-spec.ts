import request from 'supertest';
import { DataSource } from 'typeorm';
import { testDatabaseName } from '../../../test/support/test-env';
import { auditRows, login, startConsole, withEnv } from './console-harness';
import { runConsole } from '../src/console-app';

/** Everything the console writes to stdout while `fn` runs (JsonLogger writes there). */
async function capturingStdout<T>(fn: () => Promise<T>): Promise<{ result: T; output: string }> {
  const chunks: string[] = [];
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(chunk.toString());
    return true;
  });
  try {
    return { result: await fn(), output: chunks.join('') };
  } finally {
    spy.mockRestore();
  }
}

describe('the first admin of an empty console', () => {
  it('gets a one-time password printed once to the log, to be changed at first login; a restart creates no other', async () => {
    const started = await capturingStdout(() => startConsole('console_first_admin_generated', { CONSOLE_ADMIN_PASSWORD: undefined }));
    const h = started.result;
    try {
      const lines = started.output.split('\n').filter((line) => line.includes('one-time password'));
      expect(lines).toHaveLength(1);
      const password = /one-time password (\S+)/.exec(JSON.parse(lines[0]).msg)![1];
      expect(JSON.parse(lines[0])).toMatchObject({ level: 'warn', context: 'FirstAdmin' });

      const admin = await login(h, 'admin', password);
      expect(admin.user).toMatchObject({ username: 'admin', roles: ['admin'], division: '000000', mustChangePassword: true });
      expect((await admin.get('/api/users').expect(403)).body.code).toBe('AUTH.PASSWORD_CHANGE_REQUIRED');
      await admin.post('/api/me/password', { currentPassword: password, newPassword: 'the admin’s own passphrase' }).expect(204);
      await admin.get('/api/users').expect(200);
      expect((await auditRows(h, admin.user.id)).map((r) => [r.actor, r.action])).toEqual([
        ['system:console-start', 'user.created'],
        ['admin', 'user.password-changed'],
      ]);
    } finally {
      await h.close();
    }

    const restarted = await capturingStdout(() => withEnv({ DB_NAME: h.database, LOG_LEVEL: 'log', CONSOLE_ADMIN_PASSWORD: undefined }, () => runConsole({ port: 0 })));
    try {
      expect(restarted.output).not.toContain('one-time password');
      expect(restarted.output).not.toContain('created the first user');
      expect(await restarted.result.app.get(DataSource).query('SELECT count(*)::int AS n FROM console_user')).toEqual([{ n: 1 }]);
    } finally {
      await restarted.result.app.close();
    }
  });

  it('takes CONSOLE_ADMIN_PASSWORD when set, with no password change asked and no password in the log', async () => {
    const started = await capturingStdout(() => startConsole('console_first_admin_configured', { CONSOLE_ADMIN_PASSWORD: 'operator chosen passphrase', LOG_LEVEL: 'log' }));
    const h = started.result;
    try {
      expect(started.output).toContain('created the first user \\"admin\\" with the password from CONSOLE_ADMIN_PASSWORD');
      expect(started.output).not.toContain('operator chosen passphrase');
      const res = await request(h.server).post('/api/session').send({ username: 'admin', password: 'operator chosen passphrase' }).expect(200);
      expect(res.body.user.mustChangePassword).toBe(false);
    } finally {
      await h.close();
    }
  });

  it('refuses to start on a CONSOLE_ADMIN_PASSWORD that breaks the password policy', async () => {
    const env = { DB_NAME: testDatabaseName('console_first_admin_weak'), CONSOLE_ADMIN_PASSWORD: 'admin', LOG_LEVEL: 'error', CLOCK_FIXED_DATE: undefined };
    await expect(withEnv(env, () => runConsole({ port: 0 }))).rejects.toThrow(/CONSOLE_ADMIN_PASSWORD must be at least 10 characters long and must not be the username/);
  });
});
