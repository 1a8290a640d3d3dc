import type { ChildService } from '../../../test/support/child-service';
import { TcpProxy } from '../../../test/support/tcp-proxy';
import { waitFor } from '../../../test/support/wait-for';
import type { DataSource } from 'typeorm';
import { amqpUrl, consumerDatabase, count, produceDeaths, startConsumer, startProducer, type Producer } from './messaging-harness';

function viaProxy(url: string, port: number): string {
  const parsed = new URL(url);
  parsed.hostname = '127.0.0.1';
  parsed.port = String(port);
  return parsed.toString();
}

describe('broker unreachable mid-stream', () => {
  const proxy = new TcpProxy(new URL(amqpUrl()).hostname, Number(new URL(amqpUrl()).port || 5672));
  let producer: Producer;
  let consumer: ChildService;
  let consumerDb: DataSource;

  beforeAll(async () => {
    const port = await proxy.start();
    const db = await consumerDatabase('outage_consumer');
    consumerDb = db.dataSource;
    // Both the relay and the consumer reach the broker only through the proxy.
    consumer = await startConsumer('outage-consumer', db.name, {
      AMQP_URL: viaProxy(amqpUrl(), port),
      FIXTURE_RECORD_ATTEMPTS: 'false',
      AMQP_RECONNECT_MAX_DELAY_MS: '500',
    });
    producer = await startProducer('outage_producer', viaProxy(amqpUrl(), port), 100);
  });

  afterAll(async () => {
    await producer?.stop();
    await consumer?.stop();
    await consumerDb?.destroy();
    await proxy.stop();
  });

  it('delivers all 1,000 events after the broker returns, each applied once', async () => {
    const before = await produceDeaths(producer, 10_000, 300);
    await proxy.cut();
    const during = await produceDeaths(producer, 10_300, 700);
    const stuck = await count(producer.dataSource, 'SELECT 1 FROM outbox WHERE published_at IS NULL');
    await proxy.restore();

    const ids = [...before, ...during];
    await waitFor('1,000 effects', async () => (await count(consumerDb, 'SELECT DISTINCT event_id FROM effect')) === 1_000, 90_000, 200);
    // Give stragglers (redeliveries of unacked messages) a chance to show up as extra rows.
    const [barrier] = await produceDeaths(producer, 11_000, 1);
    await waitFor('the barrier event', () => count(consumerDb, 'SELECT 1 FROM effect WHERE event_id = $1', [barrier]), 30_000);

    expect(stuck).toBeGreaterThan(0);
    expect(await count(consumerDb, 'SELECT 1 FROM effect WHERE event_id = ANY($1::uuid[])', [ids])).toBe(1_000);
    expect(await count(consumerDb, 'SELECT DISTINCT event_id FROM effect WHERE event_id = ANY($1::uuid[])', [ids])).toBe(1_000);
    expect(await count(producer.dataSource, 'SELECT 1 FROM outbox WHERE published_at IS NULL')).toBe(0);
  });
});
