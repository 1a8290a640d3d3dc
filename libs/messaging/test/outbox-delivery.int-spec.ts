import type { ChildService } from '../../../test/support/child-service';
import { waitFor } from '../../../test/support/wait-for';
import type { DataSource } from 'typeorm';
import { consumerDatabase, count, deathData, produceDeaths, startConsumer, startProducer, type Producer } from './messaging-harness';

describe('transactional outbox → relay → consumer in another process', () => {
  let producer: Producer;
  let consumer: ChildService;
  let consumerDb: DataSource;

  beforeAll(async () => {
    const db = await consumerDatabase('delivery_consumer');
    consumerDb = db.dataSource;
    consumer = await startConsumer('delivery-consumer', db.name);
    producer = await startProducer('delivery_producer');
  });

  afterAll(async () => {
    await producer?.stop();
    await consumer?.stop();
    await consumerDb?.destroy();
  });

  it('delivers a committed state change exactly once', async () => {
    const [eventId] = await produceDeaths(producer, 1, 1);

    await waitFor('the effect of the event', () => count(consumerDb, 'SELECT 1 FROM effect WHERE event_id = $1', [eventId]));
    // A later event is a barrier: once it is applied, any duplicate of the first would be too.
    const [barrier] = await produceDeaths(producer, 2, 1);
    await waitFor('the barrier event', () => count(consumerDb, 'SELECT 1 FROM effect WHERE event_id = $1', [barrier]));

    expect(await count(consumerDb, 'SELECT 1 FROM effect WHERE event_id = $1', [eventId])).toBe(1);
    expect(await count(consumerDb, 'SELECT 1 FROM inbox WHERE event_id = $1', [eventId])).toBe(1);
    const [row] = await producer.dataSource.query('SELECT published_at FROM outbox WHERE id = $1', [eventId]);
    expect(row.published_at).not.toBeNull();
  });

  it('publishes nothing for a rolled-back transaction', async () => {
    const data = deathData(3);
    let rolledBackId = '';
    await expect(
      producer.dataSource.transaction(async (manager) => {
        const event = await producer.publisher.publish(manager, 'civil-registration.death.registered.v1', data);
        rolledBackId = event.id;
        throw new Error('business rule failed after the event was enqueued');
      }),
    ).rejects.toThrow('business rule failed');

    const [barrier] = await produceDeaths(producer, 4, 1);
    await waitFor('the barrier event', () => count(consumerDb, 'SELECT 1 FROM effect WHERE event_id = $1', [barrier]));

    expect(rolledBackId).not.toBe('');
    expect(await count(producer.dataSource, 'SELECT 1 FROM outbox WHERE id = $1', [rolledBackId])).toBe(0);
    expect(await count(consumerDb, 'SELECT 1 FROM effect WHERE resident_id = $1', [data.residentId])).toBe(0);
  });

  it('refuses to enqueue outside a transaction', async () => {
    const data = deathData(5);
    await expect(
      producer.publisher.publish(producer.dataSource.manager, 'civil-registration.death.registered.v1', data),
    ).rejects.toThrow('inside the transaction');
  });
});
