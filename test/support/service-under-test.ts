// Shared by the services' integration tests: tokens, booting a service in-process, talking to it
// over the broker the way other services and integrators do, and ServiceTestKit, the per-file
// harness that a service's kit (apps/<service>/test/*-test-kit.ts) extends with its own values.
import { DEV_ONLY_JWT_SECRET } from '@app/common/auth/auth-config';
import { signToken } from '@app/common/auth/jwt';
import { createEnvelope, type CloudEvent, type EventOf, type RoutingKey } from '@app/contracts';
import { connectOptionsFromUrl, EVENTS_EXCHANGE } from '@app/messaging';
import { runService, type RunningService, type ServiceDefinition } from '@app/service-kit';
import { connect } from 'amqplib';
import request from 'supertest';
import { PolicyService, type NewPolicyRow } from '@app/common/policy/policy.service';
import { Clock, FixedClock } from '@app/common/time/clock';
import { DataSource } from 'typeorm';
import { Client } from 'pg';
import { isolateBroker, PG, releaseBroker, testDatabaseName, testRedisPrefix } from './test-env';
import { waitFor } from './wait-for';

/** `Bearer <jwt>` signed with the secret the services under test use. */
export function bearerToken(roles: string[], sub: string, division: string): string {
  return `Bearer ${signToken({ sub, roles, division }, { secret: process.env.JWT_SECRET ?? DEV_ONLY_JWT_SECRET })}`;
}

/** Starts a service on a free port (settings from the environment) and waits until it is ready. */
export async function bootService(appModule: Parameters<typeof runService>[0], definition: ServiceDefinition): Promise<RunningService> {
  const running = await runService(appModule, definition, { port: 0 });
  await waitFor('readiness', async () => (await request(running.app.getHttpServer()).get('/health/ready')).status === 200);
  return running;
}

/** Publishes an envelope to the run's vhost with confirms, as a relay would (same id = a redelivery). */
export async function publishEnvelope(envelope: CloudEvent): Promise<void> {
  const connection = await connect(connectOptionsFromUrl(process.env.AMQP_URL!));
  try {
    const channel = await connection.createConfirmChannel();
    channel.publish(EVENTS_EXCHANGE, envelope.type, Buffer.from(JSON.stringify(envelope)), { messageId: envelope.id, persistent: true, contentType: 'application/json' });
    await channel.waitForConfirms();
    await channel.close();
  } finally {
    await connection.close();
  }
}

/** Publishes a new event from the service that owns its type. */
export async function publishEvent<K extends RoutingKey>(type: K, data: EventOf<K>, subject: string): Promise<CloudEvent<K>> {
  const envelope = createEnvelope(type, data, { source: `/${type.split('.')[0]}`, subject });
  await publishEnvelope(envelope);
  return envelope;
}

export interface EventTap {
  /** Every envelope received so far, in arrival order (a live array). */
  readonly events: Array<CloudEvent & { data: Record<string, unknown> }>;
  /** Envelopes received so far, optionally of one type. */
  received(type?: string): Array<CloudEvent & { data: Record<string, unknown> }>;
  close(): Promise<void>;
}

/** A temporary queue bound to a routing pattern, as an integrating department binds one. */
export async function tapEvents(pattern: string): Promise<EventTap> {
  const connection = await connect(connectOptionsFromUrl(process.env.AMQP_URL!));
  const channel = await connection.createChannel();
  const { queue } = await channel.assertQueue('', { exclusive: true, autoDelete: true });
  await channel.bindQueue(queue, EVENTS_EXCHANGE, pattern);
  const bodies: Array<CloudEvent & { data: Record<string, unknown> }> = [];
  await channel.consume(queue, (msg) => msg && bodies.push(JSON.parse(msg.content.toString())), { noAck: true });
  return { events: bodies, received: (type) => bodies.filter((b) => type === undefined || b.type === type), close: () => connection.close() };
}

/** A service in-process as of a fixed date, with a tap on its own events. */
export interface Harness {
  running: RunningService;
  http: () => ReturnType<typeof request>;
  dataSource: DataSource;
  clock: FixedClock;
  policy: PolicyService;
  events: CloudEvent[];
  publish<K extends RoutingKey>(type: K, data: EventOf<K>, subject: string): Promise<CloudEvent<K>>;
  /** Sends an envelope again as it is (same id): a redelivery. */
  redeliver(envelope: CloudEvent): Promise<void>;
  eventsOf<K extends RoutingKey>(type: K): CloudEvent<K>[];
  close(): Promise<void>;
}

export async function startHarness(
  appModule: Parameters<typeof runService>[0],
  definition: ServiceDefinition,
  purpose: string,
  today: string,
): Promise<Harness> {
  isolateBroker(purpose);
  process.env.DB_NAME = testDatabaseName(purpose);
  process.env.CLOCK_FIXED_DATE = today;
  let running: RunningService;
  try {
    running = await bootService(appModule, definition);
  } finally {
    delete process.env.DB_NAME;
    delete process.env.CLOCK_FIXED_DATE;
  }
  const tap = await tapEvents(`${definition.name}.#`);
  return {
    running,
    http: () => request(running.app.getHttpServer()),
    dataSource: running.app.get(DataSource),
    clock: running.app.get(Clock) as FixedClock,
    policy: running.app.get(PolicyService),
    events: tap.events,
    publish: publishEvent,
    redeliver: publishEnvelope,
    eventsOf<K extends RoutingKey>(type: K) {
      return tap.received(type) as unknown as CloudEvent<K>[];
    },
    async close() {
      await tap.close();
      await running.app.close();
      releaseBroker(purpose);
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

let isolatedDatabase: string | undefined;

/** Points the service the calling test file starts at its own vhost, database and Redis prefix. */
export function isolateService(database: string): void {
  isolatedDatabase = database;
  isolateBroker(database);
  process.env.DB_NAME = database;
  process.env.REDIS_KEY_PREFIX = `${testRedisPrefix()}${database}:`;
}

/** After the service stopped: the environment as it was, and the file's vhost removed. */
export function releaseService(): void {
  delete process.env.DB_NAME;
  delete process.env.REDIS_KEY_PREFIX;
  if (isolatedDatabase) releaseBroker(isolatedDatabase);
  isolatedDatabase = undefined;
}

/** A plain connection to a service's database, for tests to look at what it stored. */
export async function openDatabase(database: string): Promise<Client> {
  const client = new Client({ ...PG, database });
  await client.connect();
  return client;
}

/** `sql` must select one row with a count in column `n`. */
export async function countRows(client: Client, sql: string, params: unknown[] = []): Promise<number> {
  const { rows } = await client.query<{ n: string }>(sql, params);
  return Number(rows[0].n);
}

/** Waits until the service's inbox holds the event. */
export async function waitConsumed(client: Client, eventId: string): Promise<void> {
  await waitFor(`event ${eventId} consumed`, async () => (await countRows(client, 'SELECT count(*) AS n FROM inbox WHERE event_id = $1', [eventId])) === 1);
}

export interface ServiceTestKitConfig {
  appModule: Parameters<typeof runService>[0];
  definition: ServiceDefinition;
  /** Names the file's database, RabbitMQ vhost and Redis prefix: one per test file. */
  purpose: string;
  /** The date the service's clock stands at (CLOCK_FIXED_DATE); the system clock when absent. */
  today?: string;
  /** Added in this order once the service is up, before any test runs. */
  policies?: readonly NewPolicyRow[];
}

/**
 * One service in-process for a test file, on a database, vhost and Redis prefix of its own, with a
 * plain connection to that database for looking at what it stored. A service's kit extends it
 * with its tokens, policy values and domain helpers.
 */
export class ServiceTestKit {
  running!: RunningService;
  db!: Client;
  readonly database: string;

  constructor(private readonly config: ServiceTestKitConfig) {
    this.database = testDatabaseName(config.purpose);
  }

  async start(): Promise<void> {
    isolateService(this.database);
    this.running = await this.boot();
    const policy = this.running.app.get(PolicyService);
    for (const period of this.config.policies ?? []) await policy.add(period);
    this.db = await openDatabase(this.database);
  }

  /** Another replica of the service on the same database, broker vhost and Redis prefix. */
  async boot(): Promise<RunningService> {
    const { appModule, definition, today } = this.config;
    if (today === undefined) return bootService(appModule, definition);
    process.env.CLOCK_FIXED_DATE = today;
    try {
      return await bootService(appModule, definition);
    } finally {
      delete process.env.CLOCK_FIXED_DATE;
    }
  }

  async stop(): Promise<void> {
    await this.db?.end();
    await this.running?.app.close();
    releaseService();
  }

  /** The service's clock, standing at `today` until a test moves it. */
  get clock(): FixedClock {
    const clock = this.running.app.get(Clock);
    if (!(clock instanceof FixedClock)) throw new Error(`${this.config.definition.name}'s kit was started without \`today\`: the service runs on the system clock`);
    return clock;
  }

  http() {
    return request(this.running.app.getHttpServer());
  }

  count(sql: string, params: unknown[] = []): Promise<number> {
    return countRows(this.db, sql, params);
  }

  /** Adds a policy period as an administrator would (the service's cache is cleared by it). */
  async addPolicy(key: string, value: unknown, effectiveFrom: string, effectiveTo: string | null = null): Promise<void> {
    await this.running.app.get(PolicyService).add({ key, value, effectiveFrom, effectiveTo });
  }

  /** Publishes an event to the file's vhost as another service's relay would; answers its id. */
  async publish<K extends RoutingKey>(type: K, data: EventOf<K>, subject: string): Promise<string> {
    return (await publishEvent(type, data, subject)).id;
  }

  /** A temporary queue bound to a routing pattern, by default every event of the service. */
  listen(pattern = `${this.config.definition.name}.#`): Promise<EventTap> {
    return tapEvents(pattern);
  }

  /** Waits until the service's inbox holds the event. */
  consumed(eventId: string): Promise<void> {
    return waitConsumed(this.db, eventId);
  }
}
