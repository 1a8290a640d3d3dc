// The backend-for-frontend against a real service: civil-registration runs as its own process
// (as `npm start` runs it), on a database, vhost and Redis prefix of this file's own.
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:http';
import { spawnChild, type ChildService } from '../../../test/support/child-service';
import { isolateBroker, releaseBroker, testDatabaseName, testRedisPrefix } from '../../../test/support/test-env';
import { waitFor } from '../../../test/support/wait-for';
import { createUser, loginAdmin, startConsole, type Browser, type ConsoleHarness } from './console-harness';

const PURPOSE = 'console_bff_cr';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('console backend-for-frontend to a running civil-registration service', () => {
  let service: ChildService;
  let h: ConsoleHarness;
  let admin: Browser;
  let clerk: Browser;
  let auditor: Browser;

  beforeAll(async () => {
    const port = await freePort();
    const amqpUrl = isolateBroker(PURPOSE);
    service = spawnChild('apps/civil-registration/src/main.ts', {
      PORT: String(port),
      DB_NAME: testDatabaseName(PURPOSE),
      AMQP_URL: amqpUrl,
      REDIS_KEY_PREFIX: `${testRedisPrefix()}${PURPOSE}:`,
      LOG_LEVEL: 'warn',
      CLOCK_FIXED_DATE: '',
    });
    await waitFor('civil-registration ready', async () => (await fetch(`http://127.0.0.1:${port}/health/ready`)).ok, 110_000, 300);
    h = await startConsole('console_bff_cr_console', { CIVIL_REGISTRATION_URL: `http://127.0.0.1:${port}` });
    admin = await loginAdmin(h);
    clerk = (await createUser(h, admin, { username: 'he.clerk', roles: ['operator'], division: '110105' })).browser;
    auditor = (await createUser(h, admin, { username: 'ma.auditor', roles: ['auditor'], division: '110105' })).browser;
  }, 180_000);

  afterAll(async () => {
    await h?.close();
    await service?.stop();
    releaseBroker(PURPOSE);
  });

  const placeName = (name: string, regionCode = '110105001') => ({ kind: 'NAMING', name, category: 'ROAD', regionCode });

  it('records through the console as the logged-in user: the service sees the user’s name, roles and division', async () => {
    const created = await clerk.post('/api/svc/civil-registration/api/v1/place-names', placeName('民政路')).expect(201);
    expect(created.body).toMatchObject({ name: '民政路', regionCode: '110105001' });
    const listed = await clerk.get(`/api/svc/civil-registration/api/v1/place-names?q=${encodeURIComponent('民政')}&regionCode=110105`).expect(200);
    expect(listed.body.items.map((p: { id: string }) => p.id)).toEqual([created.body.id]);

    const audit = await admin.get(`/api/svc/civil-registration/api/v1/audit-log?entityType=place-name&entityId=${created.body.id}`).expect(200);
    expect(audit.body).toMatchObject({ total: 1, items: [expect.objectContaining({ actor: 'he.clerk', actorRoles: ['operator'], actorDivision: '110105', action: 'place-name.recorded' })] });
  });

  it('relays the service’s problems as they are: validation, role and division refusals', async () => {
    const invalid = await clerk.post('/api/svc/civil-registration/api/v1/place-names', { kind: 'NAMING', name: '', category: 'ROAD' }).expect(400);
    expect(invalid.headers['content-type']).toContain('application/problem+json');
    expect(invalid.body.code).toBe('VALIDATION.FAILED');
    expect(invalid.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['name', 'regionCode']));

    const forbidden = await auditor.post('/api/svc/civil-registration/api/v1/place-names', placeName('审计路')).expect(403);
    expect(forbidden.body.code).toBe('AUTH.FORBIDDEN');

    const outside = await clerk.post('/api/svc/civil-registration/api/v1/place-names', placeName('外区路', '110106001')).expect(403);
    expect(outside.body).toMatchObject({ code: 'AUTH.OUTSIDE_DIVISION', errors: [{ field: 'regionCode' }] });
  });
});
