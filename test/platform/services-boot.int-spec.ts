import request from 'supertest';
import { Client } from 'pg';
import { runService, type RunningService, type ServiceDefinition } from '@app/service-kit';
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
import { AppModule as Payments } from '../../apps/payments/src/app.module';
import { SERVICE as payments } from '../../apps/payments/src/service.definition';
import { AppModule as DataExchange } from '../../apps/data-exchange/src/app.module';
import { SERVICE as dataExchange } from '../../apps/data-exchange/src/service.definition';
import { PG, testDatabaseName } from '../support/test-env';
import { waitFor } from '../support/wait-for';

/** A figure of each service's policy catalogue, and two values of its shape. Payments' catalogue is empty: bank layouts are reference data, not dated figures. */
const FIGURE: Record<string, { key: string; before: unknown; after: unknown }> = {
  'civil-registration': { key: 'civil-registration.funeral-benefit.basic-fen', before: 72800, after: 73500 },
  'social-assistance': { key: 'social-assistance.dibao.standard.urban-fen-per-month', before: 72800, after: 73500 },
  'elderly-care': { key: 'elderly-care.service-subsidy.monthly-fen', before: 72800, after: 73500 },
  'child-welfare': { key: 'child-welfare.allowance.central-fen-per-month', before: 72800, after: 73500 },
  canteen: { key: 'canteen.meal-subsidy.daily-cap', before: { maxSubsidisedMealsPerDay: 2 }, after: { maxSubsidisedMealsPerDay: 3 } },
};

const services: Array<[ServiceDefinition, unknown]> = [
  [civilRegistration, CivilRegistration],
  [socialAssistance, SocialAssistance],
  [elderlyCare, ElderlyCare],
  [childWelfare, ChildWelfare],
  [canteen, Canteen],
  [payments, Payments],
  [dataExchange, DataExchange],
];

describe.each(services.map(([d, m]) => [d.name, d, m] as const))('service %s', (_name, definition, appModule) => {
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
    // The broker connections come up in the background after start-up; readiness says when.
    const ready = await waitFor('readiness', async () => {
      const res = await http.get('/health/ready');
      return res.status === 200 ? res : undefined;
    });
    expect(Object.keys(ready!.body.checks).sort()).toEqual(['broker', 'consumer', 'database', 'redis']);
    const metrics = await http.get('/metrics').expect(200);
    expect(metrics.text).toContain('process_cpu_user_seconds_total');
    // Requests are timed by route pattern and status (the readiness calls above are finished).
    expect(metrics.text).toMatch(/civil_affairs_http_request_duration_seconds_count\{[^}]*method="GET"[^}]*route="\/health\/ready"[^}]*status="200"/);
    expect(metrics.headers.etag).toBeUndefined();
    await http.get('/api/docs').expect(200);
    const spec = await http.get('/api/docs-json').expect(200);
    expect(spec.body.info.title).toContain(definition.name);
  });

  it('refuses an API request without a valid token with 401 problem+json; a valid token gets through', async () => {
    const http = request(running.app.getHttpServer());
    const route = '/api/v1/policy-parameters?key=canteen.meal-subsidy';
    const missing = await http.get(route).expect(401);
    expect(missing.headers['content-type']).toContain('application/problem+json');
    expect(missing.body.code).toBe('AUTH.UNAUTHENTICATED');
    const forged = signToken({ sub: 'mallory', roles: ['admin'], division: '110105' }, { secret: 'not-the-secret' });
    expect((await http.get(route).set('Authorization', `Bearer ${forged}`).expect(401)).body.code).toBe('AUTH.UNAUTHENTICATED');
    const valid = signToken({ sub: 'alice', roles: ['operator'], division: '110105' }, { secret: process.env.JWT_SECRET ?? DEV_ONLY_JWT_SECRET });
    await http.get(route).set('Authorization', `Bearer ${valid}`).expect(200, { items: [], total: 0, page: 1, pageSize: 20 });
  });

  if (FIGURE[definition.name]) it('keeps policy parameters with effective periods, refusing bad input and overlaps', async () => {
    const http = request(running.app.getHttpServer());
    const admin = `Bearer ${signToken({ sub: 'root', roles: ['admin'], division: '110000' }, { secret: process.env.JWT_SECRET ?? DEV_ONLY_JWT_SECRET })}`;
    const operator = `Bearer ${signToken({ sub: 'op', roles: ['operator'], division: '110000' }, { secret: process.env.JWT_SECRET ?? DEV_ONLY_JWT_SECRET })}`;
    const { key, before, after } = FIGURE[definition.name];
    await http.post('/api/v1/policy-parameters').set('Authorization', operator).send({ key, value: before, effectiveFrom: '2024-01-01' }).expect(403);
    const bad = await http.post('/api/v1/policy-parameters').set('Authorization', admin).send({ key, value: before, effectiveFrom: '2024-13-01x' }).expect(400);
    expect(bad.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'effectiveFrom' })]));
    // Only the keys of the service's catalogue, and only values of their shape.
    const unknown = await http.post('/api/v1/policy-parameters').set('Authorization', admin).send({ key: 'test.standard', value: 72800, effectiveFrom: '2024-01-01' }).expect(400);
    expect([unknown.body.code, unknown.body.key, unknown.body.errors[0].field, unknown.headers['content-type']]).toEqual(['POLICY.UNKNOWN_KEY', 'test.standard', 'key', expect.stringContaining('application/problem+json')]);
    const shape = await http.post('/api/v1/policy-parameters').set('Authorization', admin).send({ key, value: 'seventy', effectiveFrom: '2024-01-01' }).expect(400);
    expect([shape.body.code, shape.body.key, shape.body.errors[0].field]).toEqual(['POLICY.INVALID_VALUE', key, 'value']);
    expect((await http.get(`/api/v1/policy-parameters?key=${key}`).set('Authorization', operator).expect(200)).body).toEqual({ items: [], total: 0, page: 1, pageSize: 20 });
    const created = await http.post('/api/v1/policy-parameters').set('Authorization', admin).send({ key, value: before, effectiveFrom: '2024-01-01' }).expect(201);
    // @CreatedAt names where a period is read: the key's list.
    expect(created.headers.location).toBe(`/api/v1/policy-parameters?key=${key}`);
    const overlap = await http.post('/api/v1/policy-parameters').set('Authorization', admin).send({ key, value: after, effectiveFrom: '2024-07-01' }).expect(409);
    expect(overlap.body.code).toBe('POLICY.OVERLAP');
    await http.post('/api/v1/policy-parameters/end-open-period').set('Authorization', admin).send({ key, lastDay: '2024-06-30' }).expect(200);
    await http.post('/api/v1/policy-parameters').set('Authorization', admin).send({ key, value: after, effectiveFrom: '2024-07-01' }).expect(201);
    const june = await http.get(`/api/v1/policy-parameters/in-force?key=${key}&date=2024-06-30`).set('Authorization', operator).expect(200);
    const july = await http.get(`/api/v1/policy-parameters/in-force?key=${key}&date=2024-07-01`).set('Authorization', operator).expect(200);
    expect([june.body.value, july.body.value]).toEqual([before, after]);
    const none = await http.get(`/api/v1/policy-parameters/in-force?key=${key}&date=2023-12-31`).set('Authorization', operator).expect(503);
    expect([none.body.code, none.body.key, none.body.date]).toEqual(['POLICY.NOT_IN_FORCE', key, '2023-12-31']);

    // Every change is in the audit log, readable by auditors only, and the log cannot be rewritten.
    const auditor = `Bearer ${signToken({ sub: 'aud', roles: ['auditor'], division: '110000' }, { secret: process.env.JWT_SECRET ?? DEV_ONLY_JWT_SECRET })}`;
    await http.get(`/api/v1/audit-log?entityType=policy-parameter&entityId=${key}`).set('Authorization', operator).expect(403);
    const audit = await http.get(`/api/v1/audit-log?entityType=policy-parameter&entityId=${key}`).set('Authorization', auditor).expect(200);
    expect(audit.body.items.map((e: { action: string; actor: string }) => [e.action, e.actor])).toEqual([
      ['policy-parameter.added', 'root'],
      ['policy-parameter.period-ended', 'root'],
      ['policy-parameter.added', 'root'],
    ]);
    const client = new Client({ ...PG, database });
    await client.connect();
    await expect(client.query('UPDATE audit_log SET actor = $1', ['mallory'])).rejects.toThrow('append-only');
    await expect(client.query('DELETE FROM audit_log')).rejects.toThrow('append-only');
    await client.end();
  });
});
