// Boots the elderly-care service in-process against the run's real PostgreSQL, RabbitMQ and Redis,
// with helpers to call it as a given role and to feed events in through the broker.
import { DEV_ONLY_JWT_SECRET } from '@app/common/auth/auth-config';
import { signToken } from '@app/common/auth/jwt';
import { PolicyService } from '@app/common/policy/policy.service';
import { createEnvelope, type EventOf, type RoutingKey } from '@app/contracts';
import { connectOptionsFromUrl, EVENTS_EXCHANGE, runService, type RunningService } from '@app/messaging';
import { connect } from 'amqplib';
import { Client } from 'pg';
import request from 'supertest';
import { PG, testDatabaseName, testRedisPrefix } from '../../../test/support/test-env';
import { waitFor } from '../../../test/support/wait-for';
import { AppModule } from '../src/app.module';
import { REASSESSMENT_MONTHS_POLICY_KEY } from '../src/assessments/rules/ability-level.rule';
import { HIGH_AGE_TIERS_POLICY_KEY } from '../src/allowances/rules/high-age-allowance.rule';
import { SERVICE_SUBSIDY_AMOUNT_POLICY_KEY, SERVICE_SUBSIDY_MIN_AGE_POLICY_KEY } from '../src/service-subsidy/rules/service-subsidy.rule';
import { SERVICE } from '../src/service.definition';

/** The city's values (DOMAIN §4), in fen. */
export const CITY_HIGH_AGE_TIERS = {
  tiers: [
    { tier: 'AGE_80_99', minAge: 80, monthlyAmountFen: 5000 },
    { tier: 'AGE_100_PLUS', minAge: 100, monthlyAmountFen: 100000 },
  ],
};

export function bearer(roles: string[], sub = 'tester'): string {
  return `Bearer ${signToken({ sub, roles, division: '110105' }, { secret: process.env.JWT_SECRET ?? DEV_ONLY_JWT_SECRET })}`;
}

export const OFFICIAL = bearer(['official'], 'official-1');
export const ADMIN = bearer(['admin'], 'admin-1');

export class ElderlyCareTestKit {
  running!: RunningService;
  db!: Client;
  readonly database: string;

  constructor(purpose: string) {
    this.database = testDatabaseName(purpose);
  }

  async start(): Promise<void> {
    process.env.DB_NAME = this.database;
    process.env.REDIS_KEY_PREFIX = `${testRedisPrefix()}${this.database}:`;
    this.running = await this.boot();
    const policy = this.running.app.get(PolicyService);
    await policy.add({ key: HIGH_AGE_TIERS_POLICY_KEY, value: CITY_HIGH_AGE_TIERS, effectiveFrom: '2020-01-01' });
    await policy.add({ key: SERVICE_SUBSIDY_AMOUNT_POLICY_KEY, value: 5000, effectiveFrom: '2020-01-01' });
    await policy.add({ key: SERVICE_SUBSIDY_MIN_AGE_POLICY_KEY, value: 80, effectiveFrom: '2020-01-01' });
    await policy.add({ key: REASSESSMENT_MONTHS_POLICY_KEY, value: 12, effectiveFrom: '2020-01-01' });
    this.db = new Client({ ...PG, database: this.database });
    await this.db.connect();
  }

  /** Another replica of the service on the same database, broker vhost and Redis prefix. */
  async boot(): Promise<RunningService> {
    const running = await runService(AppModule, SERVICE, { port: 0 });
    await waitFor('readiness', async () => (await request(running.app.getHttpServer()).get('/health/ready')).status === 200);
    return running;
  }

  async stop(): Promise<void> {
    await this.db?.end();
    await this.running?.app.close();
    delete process.env.DB_NAME;
    delete process.env.REDIS_KEY_PREFIX;
  }

  http() {
    return request(this.running.app.getHttpServer());
  }

  async count(sql: string, params: unknown[] = []): Promise<number> {
    const { rows } = await this.db.query<{ n: string }>(sql, params);
    return Number(rows[0].n);
  }

  /** Imports elders as JSON lines; returns the report. */
  async importElders(rows: { residentId: string; name?: string; region?: string; local?: boolean }[]) {
    const body = rows.map((r) => JSON.stringify({ name: '张秀英', region: '110105', local: true, ...r })).join('\n');
    const res = await this.http().post('/api/v1/elders/import').set('Authorization', OFFICIAL).set('Content-Type', 'application/x-ndjson').send(body).expect(200);
    return res.body as { accepted: number; refused: number; lines: { line: number; status: string; reason?: string }[] };
  }

  async runAllowanceJob(month: string, server = this.running) {
    const res = await request(server.app.getHttpServer()).post('/api/v1/allowances/high-age/run').set('Authorization', ADMIN).send({ month }).expect(200);
    return res.body as { ran: boolean; started?: number; tierChanged?: number };
  }

  /** Publishes an event to the run's vhost as another service's relay would. */
  async publish<K extends RoutingKey>(type: K, data: EventOf<K>, subject: string): Promise<string> {
    const envelope = createEnvelope(type, data, { source: `/${type.split('.')[0]}`, subject });
    const connection = await connect(connectOptionsFromUrl(process.env.AMQP_URL!));
    try {
      const channel = await connection.createConfirmChannel();
      channel.publish(EVENTS_EXCHANGE, type, Buffer.from(JSON.stringify(envelope)), { messageId: envelope.id, persistent: true, contentType: 'application/json' });
      await channel.waitForConfirms();
      await channel.close();
    } finally {
      await connection.close();
    }
    return envelope.id;
  }

  /** A temporary queue bound to one event type; returns the bodies received so far on each call. */
  async listen(type: RoutingKey): Promise<{ received: () => { data: Record<string, unknown> }[]; close: () => Promise<void> }> {
    const connection = await connect(connectOptionsFromUrl(process.env.AMQP_URL!));
    const channel = await connection.createChannel();
    const { queue } = await channel.assertQueue('', { exclusive: true, autoDelete: true });
    await channel.bindQueue(queue, EVENTS_EXCHANGE, type);
    const bodies: { data: Record<string, unknown> }[] = [];
    await channel.consume(queue, (msg) => {
      if (msg) bodies.push(JSON.parse(msg.content.toString()));
    }, { noAck: true });
    return { received: () => bodies, close: () => connection.close() };
  }

  /** Waits until the service's inbox holds the event. */
  async consumed(eventId: string): Promise<void> {
    await waitFor(`event ${eventId} consumed`, async () => (await this.count('SELECT count(*) AS n FROM inbox WHERE event_id = $1', [eventId])) === 1);
  }
}
