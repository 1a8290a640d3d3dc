import type { ChannelModel } from 'amqplib';
import type { DataSource } from 'typeorm';
import type { ChildService } from '../../../test/support/child-service';
import { waitFor } from '../../../test/support/wait-for';
import { listDeadLetters } from '../src/dlq/dead-letters';
import { deadLetterQueue } from '../src/topology/names';
import { brokerChannelModel, consumerDatabase, count, deathData, startConsumer, startProducer, type Producer } from './messaging-harness';

// A batch handler (@OnEventBatch) is given the micro-batch's events at once and writes their
// effects with one statement; every event is still applied exactly once, and one failing event
// is retried alone and dead-lettered without holding back the others.
describe('batch handlers', () => {
  const service = 'batch-consumer';
  let producer: Producer;
  let consumerDb: DataSource;
  let consumer: ChildService;
  let model: ChannelModel;

  beforeAll(async () => {
    const db = await consumerDatabase('batch_consumer');
    consumerDb = db.dataSource;
    producer = await startProducer('batch_producer');
    consumer = await startConsumer(service, db.name, { FIXTURE_BATCH: 'true', CONSUMER_BATCH_SIZE: '40', RETRY_DELAYS_MS: '200,400' });
    model = await brokerChannelModel();
  });

  afterAll(async () => {
    await model?.close();
    await consumer?.stop();
    await producer?.stop();
    await consumerDb?.destroy();
  });

  async function publishDeaths(from: number, n: number): Promise<string[]> {
    const ids: string[] = [];
    // One transaction: the relay publishes them in one burst, so they arrive as full batches.
    await producer.dataSource.transaction(async (manager) => {
      for (let i = from; i < from + n; i += 1) ids.push((await producer.publisher.publish(manager, 'civil-registration.death.registered.v1', deathData(i))).id);
    });
    return ids;
  }

  it('applies every event once, many per call', async () => {
    const ids = await publishDeaths(40_000, 400);
    await waitFor('every effect', async () => (await count(consumerDb, 'SELECT 1 FROM effect WHERE event_id = ANY($1)', [ids])) === 400, 60_000);
    const [calls] = await consumerDb.query('SELECT count(*)::int AS calls, sum(size)::int AS events, max(size)::int AS largest FROM batch_calls');
    expect(calls.events).toBe(400);
    expect(calls.largest).toBeGreaterThan(1);
    expect(calls.largest).toBeLessThanOrEqual(40);
    expect(calls.calls).toBeLessThan(400);
    expect(await count(consumerDb, 'SELECT DISTINCT event_id FROM effect WHERE event_id = ANY($1)', [ids])).toBe(400);
  });

  it('retries a failing event alone and dead-letters it; the rest of its batch is applied', async () => {
    const poisoned = deathData(41_007).residentId;
    await consumerDb.query('INSERT INTO fault_switch (resident_id) VALUES ($1)', [poisoned]);
    const ids = await publishDeaths(41_000, 30);
    const channel = await model.createChannel();
    await waitFor('the poisoned event in the DLQ', async () => (await channel.checkQueue(deadLetterQueue(service))).messageCount === 1, 30_000);
    const [letter] = await listDeadLetters(channel, service);
    await channel.close();
    expect(letter.messageId).toBe(ids[7]);
    expect(letter.reason).toBe('HANDLER_FAILED');
    // The letter can be in the DLQ before the batches after the poisoned one commit: wait for them.
    await waitFor('the rest applied', async () => (await count(consumerDb, 'SELECT 1 FROM effect WHERE event_id = ANY($1)', [ids])) >= 29, 30_000);
    expect(await count(consumerDb, 'SELECT 1 FROM effect WHERE event_id = ANY($1)', [ids])).toBe(29);
    expect(await count(consumerDb, 'SELECT 1 FROM effect WHERE resident_id = $1', [poisoned])).toBe(0);
    // Alone, the failing event was given to the handler by itself: first try plus two retries.
    expect(await count(consumerDb, 'SELECT 1 FROM attempts WHERE event_id = $1', [ids[7]])).toBeGreaterThanOrEqual(3);
  });
});
