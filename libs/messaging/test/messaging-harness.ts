import type { ChannelModel } from 'amqplib';
import { connect } from 'amqplib';
import type { DataSource } from 'typeorm';
import { createTestDatabase, openDataSource } from '../../../test/support/databases';
import { spawnChild, startChild, type ChildService } from '../../../test/support/child-service';
import { deathOf } from '../../../test/support/resident-ids';
import { AmqpConnection, connectOptionsFromUrl } from '../src/connection/amqp-connection';
import { EventPublisher } from '../src/outbox/event-publisher';
import { CreateMessagingTables1732780800001 } from '../src/outbox/messaging-tables.migration';
import { OutboxRelay, type OutboxRelayOptions } from '../src/outbox/outbox-relay';
import { CreateFixtureTables1732780900000 } from './fixtures/fixture-tables.migration';

export function amqpUrl(): string {
  const url = process.env.AMQP_URL;
  if (!url) throw new Error('AMQP_URL is set by the integration global setup');
  return url;
}

/** The producing side, in the test process: its own database, outbox and relay. */
export interface Producer {
  dataSource: DataSource;
  publisher: EventPublisher;
  connection: AmqpConnection;
  relay: OutboxRelay;
  stop(): Promise<void>;
}

export async function startProducer(purpose: string, url = amqpUrl(), batchSize = 500, relayOptions: Partial<OutboxRelayOptions> = {}): Promise<Producer> {
  const database = await createTestDatabase(purpose);
  const dataSource = await openDataSource(database, [CreateMessagingTables1732780800001]);
  const publisher = new EventPublisher('civil-registration');
  const connection = new AmqpConnection(url, `${purpose}-relay`, 500);
  const relay = new OutboxRelay(dataSource, connection, {
    service: 'civil-registration',
    batchSize,
    pollMs: 200,
    retentionHours: 72,
    confirmTimeoutMs: 5_000,
    ...relayOptions,
  });
  await connection.start();
  relay.start();
  return {
    dataSource,
    publisher,
    connection,
    relay,
    async stop() {
      await relay.stop();
      await connection.close();
      await dataSource.destroy();
    },
  };
}

/** A death event payload for resident n; valid against the contract. */
export const deathData = deathOf;

/** Enqueues `count` death events, one transaction each, starting at resident `from`. */
export async function produceDeaths(producer: Producer, from: number, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let n = from; n < from + count; n += 1) {
    const data = deathData(n);
    const event = await producer.dataSource.transaction((manager) =>
      producer.publisher.publish(manager, 'civil-registration.death.registered.v1', data),
    );
    ids.push(event.id);
  }
  return ids;
}

/** The consuming service, as a separate process with its own database. */
export function startConsumer(service: string, database: string, env: Record<string, string> = {}): Promise<ChildService> {
  return startChild(CONSUMER_ENTRY, consumerEnv(service, database, env), /FIXTURE READY/);
}

/** Starts it without waiting, for a consumer that may crash before it says it is ready. */
export function spawnConsumer(service: string, database: string, env: Record<string, string> = {}): ChildService {
  return spawnChild(CONSUMER_ENTRY, consumerEnv(service, database, env), /FIXTURE READY/);
}

const CONSUMER_ENTRY = 'libs/messaging/test/fixtures/consumer.main.ts';

function consumerEnv(service: string, database: string, env: Record<string, string>): Record<string, string> {
  return { FIXTURE_SERVICE: service, DB_NAME: database, AMQP_URL: amqpUrl(), RETRY_DELAYS_MS: '200,400,800', LOG_LEVEL: 'warn', ...env };
}

/** The consumer's database, opened from the test to observe effects. */
export async function consumerDatabase(purpose: string): Promise<{ name: string; dataSource: DataSource }> {
  const name = await createTestDatabase(purpose);
  // Migrations are run here once so the test can read the tables even before the consumer starts;
  // the consumer finds them already applied.
  const dataSource = await openDataSource(name, [CreateMessagingTables1732780800001, CreateFixtureTables1732780900000]);
  return { name, dataSource };
}

export async function count(dataSource: DataSource, sql: string, params: unknown[] = []): Promise<number> {
  const [row] = await dataSource.query(`SELECT count(*)::int AS n FROM (${sql}) t`, params);
  return row.n as number;
}

export async function brokerChannelModel(url = amqpUrl()): Promise<ChannelModel> {
  return connect(connectOptionsFromUrl(url));
}
