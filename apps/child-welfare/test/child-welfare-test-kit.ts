// Boots the child-welfare service in-process against the run's real PostgreSQL, RabbitMQ and Redis
// on a fixed clock, with helpers to call it as a given staff member and to feed events in.
import { randomUUID } from 'node:crypto';
import { DEV_ONLY_JWT_SECRET } from '@app/common/auth/auth-config';
import { signToken } from '@app/common/auth/jwt';
import { PolicyService } from '@app/common/policy/policy.service';
import { Clock, type FixedClock } from '@app/common/time/clock';
import { createEnvelope, type EventOf, type RoutingKey } from '@app/contracts';
import { sampleEvents } from '@app/contracts/testing/event-samples';
import { connectOptionsFromUrl, EVENTS_EXCHANGE, runService, type RunningService } from '@app/messaging';
import { connect } from 'amqplib';
import { Client } from 'pg';
import request from 'supertest';
import { PG, testDatabaseName, testRedisPrefix } from '../../../test/support/test-env';
import { waitFor } from '../../../test/support/wait-for';
import { AppModule } from '../src/app.module';
import { CATEGORY_THRESHOLDS_POLICY_KEY } from '../src/categories/rules/child-category.rule';
import { VISIT_INTERVAL_POLICY_KEY } from '../src/risk/rules/visit-schedule.rule';
import { SERVICE } from '../src/service.definition';

export const VILLAGE = '110105001001';
export const OTHER_VILLAGE = '110105001002';
export const TOWNSHIP = '110105001';
export const OTHER_TOWNSHIP = '110105002';

export function bearer(roles: string[], division: string, sub = 'tester'): string {
  return `Bearer ${signToken({ sub, roles, division }, { secret: process.env.JWT_SECRET ?? DEV_ONLY_JWT_SECRET })}`;
}

export const DIRECTOR = bearer(['child-director'], VILLAGE, 'director-1');
export const OTHER_DIRECTOR = bearer(['child-director'], OTHER_VILLAGE, 'director-2');
export const SUPERVISOR = bearer(['child-supervisor'], TOWNSHIP, 'supervisor-1');
export const OTHER_SUPERVISOR = bearer(['child-supervisor'], OTHER_TOWNSHIP, 'supervisor-2');

export function death(residentId: string, dateOfDeath: string): EventOf<'civil-registration.death.registered.v1'> {
  return { ...sampleEvents['civil-registration.death.registered.v1'], deathId: randomUUID(), residentId, dateOfDeath, receivedAt: `${dateOfDeath}T10:00:00.000Z` };
}

export class ChildWelfareTestKit {
  running!: RunningService;
  db!: Client;
  clock!: FixedClock;
  readonly database: string;

  constructor(purpose: string, private readonly today: string) {
    this.database = testDatabaseName(purpose);
  }

  async start(): Promise<void> {
    process.env.DB_NAME = this.database;
    process.env.REDIS_KEY_PREFIX = `${testRedisPrefix()}${this.database}:`;
    process.env.CLOCK_FIXED_DATE = this.today;
    try {
      this.running = await runService(AppModule, SERVICE, { port: 0 });
    } finally {
      delete process.env.CLOCK_FIXED_DATE;
    }
    this.clock = this.running.app.get(Clock) as FixedClock;
    await waitFor('readiness', async () => (await this.http().get('/health/ready')).status === 200);
    const policy = this.running.app.get(PolicyService);
    await policy.add({ key: VISIT_INTERVAL_POLICY_KEY, value: { RED: 7, ORANGE: 30, GREEN: 90 }, effectiveFrom: '2020-01-01' });
    await policy.add({ key: CATEGORY_THRESHOLDS_POLICY_KEY, value: { missingMonths: 6, jailedMonths: 6 }, effectiveFrom: '2020-01-01' });
    this.db = new Client({ ...PG, database: this.database });
    await this.db.connect();
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

  /** A temporary queue bound to the service's events; returns the bodies received so far. */
  async listen(pattern = 'child-welfare.#'): Promise<{ received: (type?: string) => Array<{ type: string; data: Record<string, unknown> }>; close: () => Promise<void> }> {
    const connection = await connect(connectOptionsFromUrl(process.env.AMQP_URL!));
    const channel = await connection.createChannel();
    const { queue } = await channel.assertQueue('', { exclusive: true, autoDelete: true });
    await channel.bindQueue(queue, EVENTS_EXCHANGE, pattern);
    const bodies: Array<{ type: string; data: Record<string, unknown> }> = [];
    await channel.consume(queue, (msg) => {
      if (msg) bodies.push(JSON.parse(msg.content.toString()) as { type: string; data: Record<string, unknown> });
    }, { noAck: true });
    return { received: (type) => bodies.filter((b) => type === undefined || b.type === type), close: () => connection.close() };
  }

  async consumed(eventId: string): Promise<void> {
    await waitFor(`event ${eventId} consumed`, async () => (await this.count('SELECT count(*) AS n FROM inbox WHERE event_id = $1', [eventId])) === 1);
  }
}
