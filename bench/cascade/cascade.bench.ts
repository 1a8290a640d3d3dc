// bench/cascade: deaths registered through the HTTP API with all five services running as separate
// processes. Steady mode (default): a fixed rate; for each death, the time from the 201 to the last
// consumer's inbox row (the consumer's transaction), how many cascades did not complete, and the CPU
// each process spent per death (PostgreSQL and the load generator shown beside). Drain mode (`--drain N`): N deaths posted as fast as the API takes
// them, and the deaths per second carried through every consumer, beside raw amqplib's rate on the
// same broker in the same run.
// Usage: npm run bench:cascade [-- --rate 100 --seconds 60] | [-- --drain 20000 --concurrency 32]
// BENCH_PROFILE_DIR=dir writes a V8 CPU profile of each service when it stops.
import { resolve } from 'node:path';
import { Client } from 'pg';
import { loadReferenceData } from '../../scripts/load-reference-data';
import globalSetup from '../../test/support/global-setup';
import globalTeardown from '../../test/support/global-teardown';
import { PG, testDatabaseName } from '../../test/support/test-env';
import { Platform, token, type ServiceName } from '../../test/system/support/platform';
import { percentile } from '../pipeline/bench-env';
import { rawAmqplib } from '../pipeline/raw-amqp';
import { benchArgs } from '../bench-args';
import { DeathPoster } from './death-poster';
import { brokerCpuSeconds, cpuSeconds, ownCpuSeconds, postgresCpuSeconds } from '../process-cpu';

const ARGS = benchArgs('bench:cascade', { rate: 100, seconds: 60, 'settle-ms': 10_000, drain: 0, concurrency: 32 });
const SERVICES: ServiceName[] = ['civil-registration', 'social-assistance', 'elderly-care', 'child-welfare', 'canteen'];
const CONSUMERS: ServiceName[] = ['social-assistance', 'elderly-care', 'child-welfare', 'canteen', 'civil-registration'];
const OPERATOR = token(['operator'], 'bench-registrar');
const DEATH_EVENT = 'civil-registration.death.registered.v1';

async function query<T>(service: ServiceName, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ ...PG, database: testDatabaseName(`sys_${service.replace('-', '_')}`) });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** CPU seconds of every service, the broker, PostgreSQL and the load generator, from now until `stop()`. */
function cpuMeter(platform: Platform): { stop(): Array<readonly [string, number]> } {
  const of = (name: string): number => {
    if (name === 'rabbitmq') return brokerCpuSeconds();
    if (name === 'postgresql') return postgresCpuSeconds();
    if (name === 'load generator') return ownCpuSeconds();
    return cpuSeconds(platform.pid(name as ServiceName));
  };
  const before = new Map([...SERVICES, 'rabbitmq', 'postgresql', 'load generator'].map((name) => [name, of(name)] as const));
  return { stop: () => [...before].map(([name, seconds]) => [name, of(name) - seconds] as const) };
}

/**
 * CPU per death: the services and the broker (the issue's figure, as measured since the start),
 * then PostgreSQL (all backends, shared with anything else using the server) and the bench's own
 * load generator, and the whole.
 */
function cpuLine(used: Array<readonly [string, number]>, deaths: number): string {
  const perDeath = used.map(([name, seconds]) => [name, (seconds * 1000) / Math.max(1, deaths)] as const);
  const sumOf = (rows: ReadonlyArray<readonly [string, number]>) => rows.reduce((total, [, ms]) => total + ms, 0);
  const platform = perDeath.filter(([name]) => name !== 'postgresql' && name !== 'load generator');
  const others = perDeath.filter(([name]) => name === 'postgresql' || name === 'load generator');
  return (
    `  CPU ms per death: ${platform.map(([name, ms]) => `${name} ${ms.toFixed(2)}`).join(', ')}; sum ${sumOf(platform).toFixed(2)}\n` +
    `  besides: ${others.map(([name, ms]) => `${name} ${ms.toFixed(2)}`).join(', ')}; all ${sumOf(perDeath).toFixed(2)}`
  );
}

async function steady(platform: Platform): Promise<void> {
  const { rate: RATE, seconds: SECONDS, 'settle-ms': SETTLE_MS } = ARGS;
  const total = RATE * SECONDS;
  // The anchor first, so that its traffic is over before the deaths start.
  const raw = await rawAmqplib(process.env.AMQP_URL!, Math.max(total, 10_000), 'bench.cascade.raw');
  const poster = new DeathPoster(platform.url('civil-registration'), OPERATOR, Math.max(8, Math.ceil(RATE / 10)));
  const acceptedAt = new Map<string, number>();
  const failures: string[] = [];
  const cpu = cpuMeter(platform);
  const started = Date.now();
  const pending: Promise<void>[] = [];
  for (let n = 0; n < total; n += 1) {
    const wait = started + (n * 1000) / RATE - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const id = DeathPoster.residentOf(n);
    pending.push(
      poster.post(n).then(
        (res) => {
          if (res.status === 201) acceptedAt.set(id, Date.now());
          else failures.push(`${res.status} ${res.code ?? ''}`);
        },
        // A request the connection failed under (ECONNRESET on a saturated host) is counted, not fatal.
        (err: NodeJS.ErrnoException) => void failures.push(err.code ?? err.message),
      ),
    );
  }
  await Promise.all(pending);
  const sentFor = (Date.now() - started) / 1000;
  await new Promise((r) => setTimeout(r, SETTLE_MS));
  const cpuUsed = cpu.stop();
  poster.close();
  const { latencies, incomplete } = await cascadeLatencies(acceptedAt);
  console.log(`bench/cascade: ${total} deaths at ${RATE}/s (sent in ${sentFor.toFixed(1)} s), five services as processes`);
  console.log(`  accepted ${acceptedAt.size}, refused ${failures.length}${failures.length ? ` (${[...new Set(failures)].join(', ')})` : ''}`);
  console.log(`  201 -> last consumer's transaction: p50 ${percentile(latencies, 50)} ms, p95 ${percentile(latencies, 95)} ms, p99 ${percentile(latencies, 99)} ms, max ${latencies[latencies.length - 1]} ms`);
  console.log(`  cascades not complete after ${SETTLE_MS / 1000} s: ${incomplete}`);
  // CPU per death is steadier than latency on a shared machine: it does not grow with contention.
  console.log(cpuLine(cpuUsed, acceptedAt.size));
  console.log(`  raw amqplib (confirm + ack, quorum queue) in this run, before the deaths: ${Math.round(raw)} msg/s`);
}

/** For each accepted death, the time to its last consumer's inbox row; cascades missing a consumer. */
async function cascadeLatencies(acceptedAt: Map<string, number>): Promise<{ latencies: number[]; incomplete: number }> {
  const events = await query<{ id: string; resident: string }>('civil-registration', `SELECT id, envelope->'data'->>'residentId' AS resident FROM outbox WHERE routing_key = $1`, [DEATH_EVENT]);
  const lastCommit = new Map<string, number>();
  const seen = new Map<string, number>();
  for (const service of CONSUMERS) {
    const rows = await query<{ event_id: string; at: Date }>(service, `SELECT event_id, received_at AS at FROM inbox WHERE event_type = $1`, [DEATH_EVENT]);
    for (const row of rows) {
      lastCommit.set(row.event_id, Math.max(lastCommit.get(row.event_id) ?? 0, row.at.getTime()));
      seen.set(row.event_id, (seen.get(row.event_id) ?? 0) + 1);
    }
  }
  const latencies: number[] = [];
  let incomplete = acceptedAt.size - events.length;
  for (const { id, resident } of events) {
    const accepted = acceptedAt.get(resident);
    if (accepted === undefined) continue;
    if ((seen.get(id) ?? 0) < CONSUMERS.length) incomplete += 1;
    else latencies.push(Math.max(0, (lastCommit.get(id) ?? accepted) - accepted));
  }
  return { latencies: latencies.sort((a, b) => a - b), incomplete };
}

/** N deaths posted by `concurrency` clients at once; the clock runs until every consumer took every death. */
async function drain(platform: Platform): Promise<void> {
  const { drain: N, concurrency } = ARGS;
  const raw = await rawAmqplib(process.env.AMQP_URL!, N, 'bench.cascade.raw');
  const cpu = cpuMeter(platform);
  const t0 = performance.now();
  let next = 0;
  const refused: string[] = [];
  const poster = new DeathPoster(platform.url('civil-registration'), OPERATOR, concurrency);
  const client = async (): Promise<void> => {
    for (let n = next++; n < N; n = next++) {
      const res = await poster.post(n).catch((err: NodeJS.ErrnoException) => ({ status: 0, code: err.code ?? err.message }));
      if (res.status !== 201) refused.push(`${res.status} ${res.code ?? ''}`);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, client));
  poster.close();
  const postedIn = (performance.now() - t0) / 1000;
  const accepted = N - refused.length;
  const done = new Map<ServiceName, number>();
  const deadline = Date.now() + 30 * 60_000;
  while (done.size < CONSUMERS.length) {
    if (Date.now() > deadline) throw new Error(`not drained after 30 minutes: ${JSON.stringify(Object.fromEntries(done))}`);
    for (const service of CONSUMERS) {
      if (done.has(service)) continue;
      const [{ n }] = await query<{ n: number }>(service, `SELECT count(*)::int AS n FROM inbox WHERE event_type = $1`, [DEATH_EVENT]);
      if (n >= accepted) done.set(service, (performance.now() - t0) / 1000);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  const cpuUsed = cpu.stop();
  const drained = Math.max(...done.values());
  console.log(`bench/cascade (drain): ${N.toLocaleString('en')} deaths posted by ${concurrency} clients, five services as processes`);
  console.log(`  accepted ${accepted}, refused ${refused.length}${refused.length ? ` (${[...new Set(refused)].join(', ')})` : ''}; posted in ${postedIn.toFixed(1)} s (${Math.round(N / postedIn)}/s)`);
  console.log(`  taken by every consumer after ${drained.toFixed(1)} s: ${[...done].map(([s, t]) => `${s} ${t.toFixed(1)} s`).join(', ')}`);
  console.log(`  deaths/s through all services: ${Math.round(accepted / drained)}; raw amqplib (confirm + ack, quorum queue) in this run: ${Math.round(raw)} msg/s`);
  console.log(cpuLine(cpuUsed, accepted));
}

async function main(): Promise<void> {
  await globalSetup();
  if (process.env.BENCH_PROFILE_DIR) {
    process.env.SERVICE_NODE_ARGS = `${process.env.SERVICE_NODE_ARGS ?? ''} --cpu-prof --cpu-prof-dir=${resolve(process.env.BENCH_PROFILE_DIR)}`;
  }
  const platform = new Platform();
  try {
    await platform.start(SERVICES);
    await loadReferenceData(platform.urls());
    await (ARGS.drain > 0 ? drain(platform) : steady(platform));
  } catch (err) {
    for (const exit of platform.exited()) console.error(exit);
    throw err;
  } finally {
    await platform.stop();
    await globalTeardown();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
