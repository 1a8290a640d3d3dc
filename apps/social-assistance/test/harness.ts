// Shared set-up of the social-assistance integration tests: the service in-process on its own
// database, a fixed clock, tokens, a queue that sees this service's events, a way to feed events.
import { DEV_ONLY_JWT_SECRET } from '@app/common/auth/auth-config';
import type { Principal } from '@app/common/auth/claims';
import { signToken } from '@app/common/auth/jwt';
import { PolicyService } from '@app/common/policy/policy.service';
import { Clock, FixedClock } from '@app/common/time/clock';
import { createEnvelope, type CloudEvent, type EventOf, type RoutingKey } from '@app/contracts';
import { connectOptionsFromUrl, EVENTS_EXCHANGE, runService, type RunningService } from '@app/messaging';
import { connect, type Channel, type ChannelModel } from 'amqplib';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { testDatabaseName } from '../../../test/support/test-env';
import { waitFor } from '../../../test/support/wait-for';
import { AppModule } from '../src/app.module';
import { SERVICE } from '../src/service.definition';

export function bearer(roles: string[] = ['operator'], sub = 'clerk-1', division = '110105'): string {
  const principal: Principal = { sub, roles, division };
  return `Bearer ${signToken(principal, { secret: process.env.JWT_SECRET ?? DEV_ONLY_JWT_SECRET })}`;
}

export interface Harness {
  running: RunningService;
  http: () => ReturnType<typeof request>;
  dataSource: DataSource;
  clock: FixedClock;
  policy: PolicyService;
  events: CloudEvent[];
  publish<K extends RoutingKey>(type: K, data: EventOf<K>, subject: string): Promise<CloudEvent<K>>;
  /** Sends an envelope again as it is (same id): a redelivery. */
  redeliver(envelope: CloudEvent): void;
  eventsOf<K extends RoutingKey>(type: K): CloudEvent<K>[];
  close(): Promise<void>;
}

/** Starts the service as of `today` and binds a queue to `social-assistance.#`. */
export async function startHarness(purpose: string, today: string): Promise<Harness> {
  process.env.DB_NAME = testDatabaseName(purpose);
  process.env.CLOCK_FIXED_DATE = today;
  let running: RunningService;
  try {
    running = await runService(AppModule, SERVICE, { port: 0 });
  } finally {
    delete process.env.DB_NAME;
    delete process.env.CLOCK_FIXED_DATE;
  }
  const server = running.app.getHttpServer();
  const http = (): ReturnType<typeof request> => request(server);
  await waitFor('readiness', async () => (await http().get('/health/ready')).status === 200);

  const connection: ChannelModel = await connect(connectOptionsFromUrl(process.env.AMQP_URL!));
  const channel: Channel = await connection.createChannel();
  await channel.assertExchange(EVENTS_EXCHANGE, 'topic', { durable: true });
  const { queue } = await channel.assertQueue('', { exclusive: true, autoDelete: true });
  await channel.bindQueue(queue, EVENTS_EXCHANGE, 'social-assistance.#');
  const events: CloudEvent[] = [];
  await channel.consume(queue, (msg) => {
    if (msg) events.push(JSON.parse(msg.content.toString()) as CloudEvent);
  }, { noAck: true });

  const clock = running.app.get(Clock) as FixedClock;
  return {
    running,
    http,
    dataSource: running.app.get(DataSource),
    clock,
    policy: running.app.get(PolicyService),
    events,
    async publish(type, data, subject) {
      const envelope = createEnvelope(type, data, { source: '/civil-registration', subject });
      channel.publish(EVENTS_EXCHANGE, type, Buffer.from(JSON.stringify(envelope)), { messageId: envelope.id, persistent: true, contentType: 'application/json' });
      return envelope;
    },
    redeliver(envelope) {
      channel.publish(EVENTS_EXCHANGE, envelope.type, Buffer.from(JSON.stringify(envelope)), { messageId: envelope.id, persistent: true, contentType: 'application/json' });
    },
    eventsOf<K extends RoutingKey>(type: K) {
      return events.filter((e) => e.type === type) as CloudEvent<K>[];
    },
    async close() {
      await connection.close();
      await running.app.close();
    },
  };
}

/** Events of a type about a subject that were written to the outbox (published or not yet). */
export async function outboxCount(dataSource: DataSource, type: RoutingKey, subject: string): Promise<number> {
  const rows: Array<{ n: string }> = await dataSource.query(`SELECT count(*) AS n FROM outbox WHERE routing_key = $1 AND envelope->>'subject' = $2`, [type, subject]);
  return Number(rows[0].n);
}

export async function rowCount(dataSource: DataSource, table: string, where: string, params: unknown[]): Promise<number> {
  const rows: Array<{ n: string }> = await dataSource.query(`SELECT count(*) AS n FROM ${table} WHERE ${where}`, params);
  return Number(rows[0].n);
}
