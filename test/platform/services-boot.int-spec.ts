import request from 'supertest';
import { Client } from 'pg';
import { runService, type RunningService, type ServiceDefinition } from '@app/messaging';
import { signToken } from '@app/common/auth/jwt';
import { DEV_ONLY_JWT_SECRET } from '@app/common/auth/auth-config';
import { AppModule as CivilRegistration } from '../../apps/civil-registration/src/app.module';
import { SERVICE as civilRegistration } from '../../apps/civil-registration/src/service.definition';
import { AppModule as SocialAssistance } from '../../apps/social-assistance/src/app.module';
import { SERVICE as socialAssistance } from '../../apps/social-assistance/src/service.definition';
import { AppModule as ElderlyCare } from '../../apps/elderly-care/src/app.module';
import { SERVICE as elderlyCare } from '../../apps/elderly-care/src/service.definition';
import { AppModule as ChildWelfare } from '../../apps/child-welfare/src/app.module';
import { SERVICE as childWelfare } from '../../apps/child-welfare/src/service.definition';
import { AppModule as Canteen } from '../../apps/canteen/src/app.module';
import { SERVICE as canteen } from '../../apps/canteen/src/service.definition';
import { PG, testDatabaseName } from '../support/test-env';

const services: Array<[ServiceDefinition, unknown]> = [
  [civilRegistration, CivilRegistration],
  [socialAssistance, SocialAssistance],
  [elderlyCare, ElderlyCare],
  [childWelfare, ChildWelfare],
  [canteen, Canteen],
];

describe.each(services)('service %s', (definition, appModule) => {
  let running: RunningService;
  const database = testDatabaseName(`boot_${definition.database}`);

  beforeAll(async () => {
    process.env.DB_NAME = database;
    running = await runService(appModule as never, definition, { port: 0 });
  });

  afterAll(async () => {
    delete process.env.DB_NAME;
    await running?.app.close();
  });

  it('creates its own database and runs its migrations on start', async () => {
    const client = new Client({ ...PG, database });
    await client.connect();
    const { rows } = await client.query<{ name: string }>('SELECT name FROM migrations ORDER BY id');
    await client.end();
    expect(rows.map((r) => r.name)).toEqual(expect.arrayContaining(['CreatePolicyParameter1732780800000', 'CreateMessagingTables1732780800001']));
  });

  it('serves liveness, readiness of database, broker and Redis, metrics and OpenAPI without a token', async () => {
    const http = request(running.app.getHttpServer());
    await http.get('/health/live').expect(200, { status: 'ok' });
    const ready = await http.get('/health/ready').expect(200);
    expect(Object.keys(ready.body.checks).sort()).toEqual(['broker', 'consumer', 'database', 'redis']);
    const metrics = await http.get('/metrics').expect(200);
    expect(metrics.text).toContain('process_cpu_user_seconds_total');
    await http.get('/api/docs').expect(200);
    const spec = await http.get('/api/docs-json').expect(200);
    expect(spec.body.info.title).toContain(definition.name);
  });

  it('refuses an API request without a valid token with 401 problem+json', async () => {
    const http = request(running.app.getHttpServer());
    const missing = await http.get('/api/v1/anything').expect(401);
    expect(missing.headers['content-type']).toContain('application/problem+json');
    expect(missing.body.code).toBe('AUTH.UNAUTHENTICATED');
    const forged = signToken({ sub: 'mallory', roles: ['admin'], division: '110105' }, { secret: 'not-the-secret' });
    await http.get('/api/v1/anything').set('Authorization', `Bearer ${forged}`).expect(401);
    // A valid token gets past authentication: the route does not exist, so 404.
    const valid = signToken({ sub: 'alice', roles: ['operator'], division: '110105' }, { secret: process.env.JWT_SECRET ?? DEV_ONLY_JWT_SECRET });
    const notFound = await http.get('/api/v1/anything').set('Authorization', `Bearer ${valid}`).expect(404);
    expect(notFound.body.code).toBe('HTTP.NOT_FOUND');
  });
});
