// bench/pipeline: messaging throughput and latency on this machine, in one run.
//   (a) raw amqplib: publish-with-confirms + consume-with-ack of N persistent messages to a quorum queue
//   (b) the platform's path: transaction with outbox row -> relay -> broker -> consumer (other
//       process) committing inbox row + effect row
//   (c) latency from producer commit to consumer commit at a steady rate
// Usage: npm run bench:pipeline [-- --events 50000 --concurrency 16 --rate 500 --seconds 20]
import 'reflect-metadata';
import { fork, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { AmqpConnection } from '../../libs/messaging/src/connection/amqp-connection';
import { EventPublisher } from '../../libs/messaging/src/outbox/event-publisher';
import { CreateMessagingTables1732780800001 } from '../../libs/messaging/src/outbox/messaging-tables.migration';
import { OutboxRelay } from '../../libs/messaging/src/outbox/outbox-relay';
import { deathOf } from '../../test/support/resident-ids';
import { BenchEnvironment, percentile } from './bench-env';
import { rawAmqplib } from './raw-amqp';
import { CreateBenchTables1732781000000 } from './bench-tables.migration';
import { benchArgs } from '../bench-args';

const { events: N, concurrency: CONCURRENCY, 'per-tx': EVENTS_PER_TX, relays: RELAYS, rate: RATE, seconds: SECONDS } = benchArgs('bench:pipeline', { events: 50_000, concurrency: 16, 'per-tx': 1, relays: 1, rate: 500, seconds: 20 });

const deathData = deathOf;

class Consumer {
  private readonly child: ChildProcess;
  private readonly waiters: Array<(msg: unknown) => void> = [];

  constructor(database: string, amqpUrl: string) {
    this.child = fork(resolve(__dirname, 'consumer.ts'), [], {
      execArgv: ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register'],
      env: { ...process.env, DB_NAME: database, AMQP_URL: amqpUrl, LOG_LEVEL: 'warn' },
    });
    this.child.on('message', (msg) => this.waiters.shift()?.(msg));
  }

  private ask<T>(cmd?: string): Promise<T> {
    return new Promise((res) => {
      this.waiters.push(res as (msg: unknown) => void);
      if (cmd) this.child.send({ cmd });
    });
  }

  ready(): Promise<unknown> {
    return this.ask();
  }

  async count(): Promise<number> {
    return (await this.ask<{ count: number }>('count')).count;
  }

  async dump(): Promise<Map<string, number>> {
    return new Map((await this.ask<{ committedAt: Array<[string, number]> }>('dump')).committedAt);
  }

  stop(): void {
    this.child.send({ cmd: 'stop' });
  }
}

async function produce(ds: DataSource, publisher: EventPublisher, from: number, count: number, commits?: Map<string, number>): Promise<void> {
  const ids: string[] = [];
  await ds.transaction(async (manager) => {
    // The state change and its events, one statement each, as a service writing many records does.
    const batch = Array.from({ length: count }, (_, i) => deathData(from + i));
    await manager.query('INSERT INTO bench_state (id, resident_id) SELECT * FROM unnest($1::uuid[], $2::text[])', [
      batch.map((d) => d.deathId),
      batch.map((d) => d.residentId),
    ]);
    const events = await publisher.publishMany(
      manager,
      batch.map((data) => ({ type: 'civil-registration.death.registered.v1' as const, data, meta: { subject: data.residentId } })),
    );
    ids.push(...events.map((e) => e.id));
  });
  const now = performance.timeOrigin + performance.now();
  if (commits) for (const id of ids) commits.set(id, now);
}

async function untilConsumed(consumer: Consumer, target: number, timeoutMs = 600_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await consumer.count()) < target) {
    if (Date.now() > deadline) throw new Error(`consumer stalled below ${target}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

async function platformThroughput(ds: DataSource, publisher: EventPublisher, consumer: Consumer, n: number, offset: number): Promise<{ eps: number; commitEps: number }> {
  let next = 0;
  const started = performance.now();
  const workers = Array.from({ length: CONCURRENCY }, async () => {
    for (;;) {
      const from = next;
      next += EVENTS_PER_TX;
      if (from >= n) return;
      await produce(ds, publisher, offset + from, Math.min(EVENTS_PER_TX, n - from));
    }
  });
  await Promise.all(workers);
  const producedAt = performance.now();
  let relayedAt = 0;
  const relayWatch = (async () => {
    for (;;) {
      const [row] = await ds.query('SELECT count(*)::int AS n FROM outbox WHERE published_at IS NULL');
      if (row.n === 0) return (relayedAt = performance.now());
      await new Promise((r) => setTimeout(r, 10));
    }
  })();
  await untilConsumed(consumer, n);
  await relayWatch;
  if (process.env.BENCH_DEBUG) console.log(`   produced ${((producedAt - started) / 1000).toFixed(2)}s relayed ${((relayedAt - started) / 1000).toFixed(2)}s consumed ${((performance.now() - started) / 1000).toFixed(2)}s`);
  const seconds = (performance.now() - started) / 1000;
  await consumer.dump();
  return { eps: n / seconds, commitEps: n / ((producedAt - started) / 1000) };
}

async function steadyLatency(ds: DataSource, publisher: EventPublisher, consumer: Consumer, offset: number): Promise<number[]> {
  const commits = new Map<string, number>();
  const total = RATE * SECONDS;
  const tickMs = 10;
  const perTick = RATE / (1000 / tickMs);
  const started = performance.now();
  const pending: Promise<void>[] = [];
  for (let sent = 0, tick = 0; sent < total; tick += 1) {
    const due = Math.min(total, Math.round((tick + 1) * perTick));
    for (; sent < due; sent += 1) pending.push(produce(ds, publisher, offset + sent, 1, commits));
    const wait = started + (tick + 1) * tickMs - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  }
  await Promise.all(pending);
  await untilConsumed(consumer, total);
  const consumed = await consumer.dump();
  return [...commits.entries()].map(([id, at]) => (consumed.get(id) ?? NaN) - at).sort((a, b) => a - b);
}

async function main(): Promise<void> {
  const env = new BenchEnvironment();
  await env.setUp();
  try {
    console.log(`bench/pipeline: N=${N}, producer concurrency ${CONCURRENCY}, ${EVENTS_PER_TX} event(s) per transaction, ${RELAYS} relay(s)`);
    const raw = await rawAmqplib(env.amqpUrl, N);
    console.log(`(a) raw amqplib confirm+ack, quorum queue: ${raw.toFixed(0)} msg/s`);

    const producerDb = await env.database('producer');
    const consumerDb = await env.database('consumer');
    const migrations = [CreateMessagingTables1732780800001, CreateBenchTables1732781000000];
    const ds = new DataSource({ type: 'postgres', host: '127.0.0.1', username: 'postgres', database: producerDb, migrations, migrationsRun: true, poolSize: CONCURRENCY + RELAYS + 2 });
    await ds.initialize();
    const consumerSchema = new DataSource({ type: 'postgres', host: '127.0.0.1', username: 'postgres', database: consumerDb, migrations, migrationsRun: true });
    await consumerSchema.initialize();
    await consumerSchema.destroy();

    const consumer = new Consumer(consumerDb, env.amqpUrl);
    await consumer.ready();
    const connection = new AmqpConnection(env.amqpUrl, 'bench-relay');
    await connection.start();
    // Logging its claims every 30 s, as the services' relays do (OUTBOX_RELAY_LOG_EVERY_MS): the claim then counts the rows it skipped.
    const relays = Array.from({ length: RELAYS }, () => new OutboxRelay(ds, connection, { service: 'civil-registration', batchSize: 500, pollMs: 1000, retentionHours: 72, logEveryMs: 30_000 }));
    relays.forEach((r) => r.start());
    const publisher = new EventPublisher('civil-registration');

    await platformThroughput(ds, publisher, consumer, 2_000, 10_000_000); // warm-up, not reported
    const platform = await platformThroughput(ds, publisher, consumer, N, 0);
    console.log(`(b) platform outbox -> relay -> broker -> consumer (inbox + effect): ${platform.eps.toFixed(0)} events/s (producers committed ${platform.commitEps.toFixed(0)}/s)`);
    console.log(`    ratio b/a: ${(platform.eps / raw).toFixed(2)}`);

    const latencies = await steadyLatency(ds, publisher, consumer, 20_000_000);
    console.log(
      `(c) latency commit -> consumer commit at ${RATE} events/s for ${SECONDS}s (${latencies.length} events): ` +
        `p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms, max ${latencies[latencies.length - 1].toFixed(1)} ms`,
    );

    for (const r of relays) await r.stop();
    await connection.close();
    consumer.stop();
    await ds.destroy();
  } finally {
    await env.tearDown();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
