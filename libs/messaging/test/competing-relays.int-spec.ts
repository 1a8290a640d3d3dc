import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { ChildService } from '../../../test/support/child-service';
import { waitFor } from '../../../test/support/wait-for';
import { AmqpConnection } from '../src/connection/amqp-connection';
import { OutboxRelay } from '../src/outbox/outbox-relay';
import { EVENTS_EXCHANGE } from '../src/topology/names';
import { amqpUrl, brokerChannelModel, consumerDatabase, count, produceDeaths, startConsumer, startProducer, type Producer } from './messaging-harness';

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

  it('running as replicas do, each relay logs the rows it published and the rows the other held, and every row reaches the broker once', async () => {
    const ids = await produceDeaths(producer, 50_000, 1_000);
    const tap = await tapMessageIds();
    const lines: Array<{ context: string; message: string }> = [];
    jest.spyOn(Logger.prototype, 'log').mockImplementation(function (this: Logger, message: unknown) {
      lines.push({ context: (this as unknown as { context: string }).context, message: String(message) });
    });
    const relays = await Promise.all(['a', 'b'].map((instance) => runningRelay(producer.dataSource, instance)));
    try {
      // Both loops start on a full outbox at the same moment, in small batches.
      relays.forEach(({ relay }) => relay.start());
      await waitFor('the outbox to be empty', async () => (await count(producer.dataSource, 'SELECT 1 FROM outbox WHERE published_at IS NULL')) === 0, 60_000, 50);
    } finally {
      for (const { relay, connection } of relays) {
        await relay.stop();
        await connection.close();
      }
      jest.restoreAllMocks();
    }
    // A barrier published after both stopped: every message they published is in the tap's queue before it.
    const [barrier] = await produceDeaths(producer, 52_000, 1);
    await drain(producer.relay);
    await waitFor('the barrier event', () => tap.seen.has(barrier), 30_000);
    await tap.close();

    expect(ids.filter((id) => tap.seen.get(id) !== 1)).toEqual([]);
    const summaries = ['a', 'b'].map((instance) => relaySummary(lines, `OutboxRelay:civil-registration#${instance}`));
    expect(summaries[0].published + summaries[1].published).toBe(1_000);
    expect(summaries[0].published).toBeGreaterThan(0);
    expect(summaries[1].published).toBeGreaterThan(0);
    // Each relay's claims passed over rows the other held at that moment, instead of publishing them too.
    expect(summaries[0].skipped + summaries[1].skipped).toBeGreaterThan(0);
  });
});

/** A relay with its own broker connection, as another replica runs it, logging its claims every 200 ms. */
async function runningRelay(dataSource: DataSource, instance: string): Promise<{ relay: OutboxRelay; connection: AmqpConnection }> {
  const connection = new AmqpConnection(amqpUrl(), `relay-${instance}`);
  await connection.start();
  const relay = new OutboxRelay(dataSource, connection, { service: 'civil-registration', batchSize: 50, pollMs: 100, retentionHours: 72, logEveryMs: 200, instance });
  return { relay, connection };
}

/** Adds up a relay's summary lines ("… published 150 rows in 3 batches; 2 claims skipped 100 rows …"). */
function relaySummary(lines: Array<{ context: string; message: string }>, context: string): { published: number; skipped: number } {
  const own = lines.filter((line) => line.context === context && line.message.startsWith('last '));
  const sum = (pattern: RegExp): number => own.reduce((n, line) => n + Number(pattern.exec(line.message)?.[1] ?? 0), 0);
  return { published: sum(/published (\d+) rows?/), skipped: sum(/skipped (\d+) rows? locked by another relay/) };
}

/** How many times each message id reached a queue bound to every civil-registration event. */
async function tapMessageIds(): Promise<{ seen: Map<string, number>; close: () => Promise<void> }> {
  const model = await brokerChannelModel();
  const channel = await model.createChannel();
  const { queue } = await channel.assertQueue('', { exclusive: true, autoDelete: true });
  await channel.bindQueue(queue, EVENTS_EXCHANGE, 'civil-registration.#');
  const seen = new Map<string, number>();
  await channel.consume(queue, (msg) => msg && seen.set(msg.properties.messageId as string, (seen.get(msg.properties.messageId as string) ?? 0) + 1), { noAck: true });
  return { seen, close: () => model.close() };
}

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
