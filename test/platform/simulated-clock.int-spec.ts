// Simulated time (ARCHITECTURE §5): a service started with CLOCK_SIMULATED_START runs on a clock
// that only an admin's PUT /api/v1/clock moves, only forward; what the service decides by
// "today" follows it; a service restarted during the simulation takes up where it stands.
import request from 'supertest';
import { runService, type RunningService } from '@app/service-kit';
import { signToken } from '@app/common/auth/jwt';
import { DEV_ONLY_JWT_SECRET } from '@app/common/auth/auth-config';
import { AppModule as SocialAssistance } from '../../apps/social-assistance/src/app.module';
import { SERVICE as socialAssistance } from '../../apps/social-assistance/src/service.definition';
import { testDatabaseName, testRedisPrefix } from '../support/test-env';

const token = (sub: string, roles: string[]) => `Bearer ${signToken({ sub, roles, division: '110000' }, { secret: process.env.JWT_SECRET ?? DEV_ONLY_JWT_SECRET })}`;
const ADMIN = token('root', ['admin']);
const APPROVER = token('ann', ['approver']);
const OPERATOR = token('olly', ['operator']);

describe('a service on simulated time', () => {
  const saved = { ...process.env };
  let running: RunningService | undefined;
  const start = async (env: Record<string, string | undefined>) => {
    Object.assign(process.env, { DB_NAME: testDatabaseName('simulated_clock'), REDIS_KEY_PREFIX: `${testRedisPrefix()}simulated-clock:` }, env);
    for (const [name, value] of Object.entries(env)) if (value === undefined) delete process.env[name];
    running = await runService(SocialAssistance as never, socialAssistance, { port: 0 });
    return request(running.app.getHttpServer());
  };
  const stop = async () => {
    await running?.app.close();
    running = undefined;
  };

  afterEach(stop);
  afterAll(() => {
    process.env = saved;
  });

  it('moves only when an admin moves it, only forward, and the service’s decisions follow it; a restart resumes it', async () => {
    let http = await start({ CLOCK_SIMULATED_START: '2024-01-01' });
    expect((await http.get('/api/v1/clock').set('Authorization', OPERATOR).expect(200)).body).toMatchObject({ mode: 'simulated', today: '2024-01-01' });
    expect((await http.post('/api/v1/payrolls').set('Authorization', APPROVER).send({ month: '2024-02' }).expect(422)).body.code).toBe('PAYROLL.MONTH_IN_FUTURE');

    await http.put('/api/v1/clock').set('Authorization', OPERATOR).send({ at: '2024-02-01' }).expect(403);
    expect((await http.put('/api/v1/clock').set('Authorization', ADMIN).send({ at: '2024-02-01' }).expect(200)).body).toMatchObject({ mode: 'simulated', today: '2024-02-01' });
    const payroll = await http.post('/api/v1/payrolls').set('Authorization', APPROVER).send({ month: '2024-02' });
    expect(payroll.body.code).not.toBe('PAYROLL.MONTH_IN_FUTURE');

    const back = await http.put('/api/v1/clock').set('Authorization', ADMIN).send({ at: '2024-01-15' }).expect(409);
    expect(back.body).toMatchObject({ code: 'CLOCK.BACKWARDS', errors: [{ field: 'at' }] });
    expect((await http.put('/api/v1/clock').set('Authorization', ADMIN).send({ at: 'next month' }).expect(400)).body.errors[0].field).toBe('at');
    const audit = await http.get('/api/v1/audit-log?entityType=clock').set('Authorization', ADMIN).expect(200);
    expect(audit.body.items).toEqual([expect.objectContaining({ action: 'clock.moved', actor: 'root', after: { today: '2024-02-01' } })]);

    await stop();
    http = await start({ CLOCK_SIMULATED_START: '2024-01-01' });
    expect((await http.get('/api/v1/clock').set('Authorization', OPERATOR).expect(200)).body).toMatchObject({ mode: 'simulated', today: '2024-02-01' });
  });

  it('refuses to be moved when the service runs on the system clock', async () => {
    const http = await start({ CLOCK_SIMULATED_START: undefined });
    expect((await http.get('/api/v1/clock').set('Authorization', OPERATOR).expect(200)).body.mode).toBe('system');
    expect((await http.put('/api/v1/clock').set('Authorization', ADMIN).send({ at: '2030-01-01' }).expect(409)).body.code).toBe('CLOCK.NOT_SIMULATED');
  });
});
