import type { DataSource } from 'typeorm';
import type { ChildService } from '../../../test/support/child-service';
import { waitFor } from '../../../test/support/wait-for';
import { AmqpConnection } from '../src/connection/amqp-connection';
import { OutboxRelay } from '../src/outbox/outbox-relay';
import { amqpUrl, consumerDatabase, count, produceDeaths, startConsumer, startProducer, type Producer } from './messaging-harness';

describe('two relays over the same outbox', () => {
  let producer: Producer;
  let consumer: ChildService;
  let consumerDb: DataSource;
  let second: { relay: OutboxRelay; connection: AmqpConnection } | undefined;

  beforeAll(async () => {
    const db = await consumerDatabase('relays_consumer');
    consumerDb = db.dataSource;
    consumer = await startConsumer('relays-consumer', db.name, { FIXTURE_RECORD_ATTEMPTS: 'false' });
    producer = await startProducer('relays_producer', amqpUrl(), 50);
    await producer.relay.stop();
  });

  afterAll(async () => {
    await second?.relay.stop();
    await second?.connection.close();
    await producer?.stop();
    await consumer?.stop();
    await consumerDb?.destroy();
  });

  it('publishes every row, and the consumer applies each event once', async () => {
    const ids = await produceDeaths(producer, 40_000, 2_000);

    // Both relays start on a full outbox at the same moment and claim small batches.
    const connection = new AmqpConnection(amqpUrl(), 'second-relay');
    await connection.start();
    const relay = new OutboxRelay(producer.dataSource, connection, { service: 'civil-registration', batchSize: 50, pollMs: 100, retentionHours: 72 });
    second = { relay, connection };
    const counts = await Promise.all([drain(producer.relay), drain(relay)]);

    expect(counts[0] + counts[1]).toBe(2_000);
    expect(counts[0]).toBeGreaterThan(0);
    expect(counts[1]).toBeGreaterThan(0);
    expect(await count(producer.dataSource, 'SELECT 1 FROM outbox WHERE published_at IS NULL')).toBe(0);

    await waitFor('2,000 effects', async () => (await count(consumerDb, 'SELECT 1 FROM effect')) >= 2_000, 60_000, 200);
    const [barrier] = await produceDeaths(producer, 42_000, 1);
    await drain(relay);
    await waitFor('the barrier event', () => count(consumerDb, 'SELECT 1 FROM effect WHERE event_id = $1', [barrier]));
    expect(await count(consumerDb, 'SELECT 1 FROM effect WHERE event_id = ANY($1::uuid[])', [ids])).toBe(2_000);
    expect(await count(consumerDb, 'SELECT DISTINCT event_id FROM effect WHERE event_id = ANY($1::uuid[])', [ids])).toBe(2_000);
  });
});

/** Publishes batches until the outbox is empty; returns how many rows this relay published. */
async function drain(relay: OutboxRelay): Promise<number> {
  let total = 0;
  for (;;) {
    const n = await relay.publishBatch();
    if (n === 0) return total;
    total += n;
    // Yield so the other relay's claim interleaves with this one's.
    await new Promise((r) => setImmediate(r));
  }
}
