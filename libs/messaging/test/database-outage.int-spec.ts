import type { DataSource } from 'typeorm';
import type { ChildService } from '../../../test/support/child-service';
import { waitFor } from '../../../test/support/wait-for';
import { TcpProxy } from '../../../test/support/tcp-proxy';
import { PG } from '../../../test/support/test-env';
import { deadLetterQueue } from '../src/topology/names';
import { brokerChannelModel, consumerDatabase, count, produceDeaths, startConsumer, startProducer, type Producer } from './messaging-harness';

describe("consumer's database unreachable mid-stream", () => {
  const proxy = new TcpProxy(PG.host, PG.port);
  const service = 'dbcut-consumer';
  let producer: Producer;
  let consumer: ChildService;
  let consumerDb: DataSource;
  let databaseName: string;

  beforeAll(async () => {
    const db = await consumerDatabase('dbcut_consumer');
    consumerDb = db.dataSource;
    databaseName = db.name;
    const port = await proxy.start();
    // The consumer reaches its database only through the proxy. A single short retry delay: if
    // the outage used up the retry budget, events would reach the DLQ within a second.
    consumer = await startConsumer(service, databaseName, {
      FIXTURE_RECORD_ATTEMPTS: 'false',
      RETRY_DELAYS_MS: '300',
      DB_HOST: '127.0.0.1',
      DB_PORT: String(port),
    });
    producer = await startProducer('dbcut_producer', undefined, 50);
  });

  afterAll(async () => {
    await producer?.stop();
    await consumer?.stop();
    await consumerDb?.destroy();
    await proxy.stop();
  });

  it('applies every event once and dead-letters none', async () => {
    const before = await produceDeaths(producer, 50_000, 200);
    await proxy.cut();
    const during = await produceDeaths(producer, 50_200, 300);
    await new Promise((r) => setTimeout(r, 3_000));
    await proxy.restore();
    const ids = [...before, ...during];

    await waitFor('500 effects', async () => (await count(consumerDb, 'SELECT DISTINCT event_id FROM effect WHERE event_id = ANY($1::uuid[])', [ids])) === 500, 60_000, 200);
    const model = await brokerChannelModel();
    const channel = await model.createChannel();
    const dlq = (await channel.checkQueue(deadLetterQueue(service))).messageCount;
    await model.close();

    expect(await count(consumerDb, 'SELECT 1 FROM effect WHERE event_id = ANY($1::uuid[])', [ids])).toBe(500);
    expect(dlq).toBe(0);
  });
});
