import type { ChildService } from '../../../test/support/child-service';
import { waitFor } from '../../../test/support/wait-for';
import type { DataSource } from 'typeorm';
import { eventsQueue } from '../src/topology/names';
import { brokerChannelModel, consumerDatabase, count, produceDeaths, spawnConsumer, startConsumer, startProducer, type Producer } from './messaging-harness';

describe('consumer killed after commit, before ack', () => {
  const service = 'crash-consumer';
  let producer: Producer;
  let consumerDb: DataSource;
  let databaseName: string;
  let consumer: ChildService | undefined;

  beforeAll(async () => {
    const db = await consumerDatabase('crash_consumer');
    consumerDb = db.dataSource;
    databaseName = db.name;
    producer = await startProducer('crash_producer');
  });

  afterAll(async () => {
    await consumer?.stop();
    await producer?.stop();
    await consumerDb?.destroy();
  });

  it('gets the message again and changes nothing the second time', async () => {
    // A first run declares the service's queue; then the next event waits there for the doomed consumer.
    consumer = await startConsumer(service, databaseName);
    const [warmup] = await produceDeaths(producer, 20_000, 1);
    await waitFor('the warm-up event', () => count(consumerDb, 'SELECT 1 FROM effect WHERE event_id = $1', [warmup]));
    await consumer.stop();

    const [eventId] = await produceDeaths(producer, 20_001, 1);
    await waitFor('the event to be published', () => count(producer.dataSource, 'SELECT 1 FROM outbox WHERE id = $1 AND published_at IS NOT NULL', [eventId]));
    consumer = spawnConsumer(service, databaseName, { CRASH_AFTER_COMMIT_OF: eventId });
    expect(await consumer.exited).toBe('SIGKILL');

    // The effect committed, but the broker still holds the message: it was never acked.
    expect(await count(consumerDb, 'SELECT 1 FROM effect WHERE event_id = $1', [eventId])).toBe(1);
    const model = await brokerChannelModel();
    const channel = await model.createChannel();
    const queued = await waitFor('the unacked message to return to the queue', async () => (await channel.checkQueue(eventsQueue(service))).messageCount);
    expect(queued).toBe(1);

    consumer = await startConsumer(service, databaseName);
    await waitFor('the queue to drain', async () => (await channel.checkQueue(eventsQueue(service))).messageCount === 0);
    const [barrier] = await produceDeaths(producer, 20_002, 1);
    await waitFor('the barrier event', () => count(consumerDb, 'SELECT 1 FROM effect WHERE event_id = $1', [barrier]));
    await model.close();

    expect(await count(consumerDb, 'SELECT 1 FROM effect WHERE event_id = $1', [eventId])).toBe(1);
    expect(await count(consumerDb, 'SELECT 1 FROM inbox WHERE event_id = $1', [eventId])).toBe(1);
    // The second process did receive it: the handler ran once in the first process and not again.
    expect(await count(consumerDb, 'SELECT 1 FROM attempts WHERE event_id = $1', [eventId])).toBe(1);
  });
});
