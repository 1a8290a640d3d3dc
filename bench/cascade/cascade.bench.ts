// bench/cascade: deaths registered at a steady rate through the HTTP API with all five services
// running as separate processes; for each death, the time from the 201 to the last consumer's
// inbox row (the consumer's transaction), and how many cascades did not complete.
// Usage: npm run bench:cascade [-- --rate 100 --seconds 60]
import { readdirSync, readFileSync } from 'node:fs';
import { Client } from 'pg';
import { loadReferenceData } from '../../scripts/load-reference-data';
import globalSetup from '../../test/support/global-setup';
import globalTeardown from '../../test/support/global-teardown';
import { residentId } from '../../test/support/resident-ids';
import { PG, testDatabaseName } from '../../test/support/test-env';
import { Platform, token, type ServiceName } from '../../test/system/support/platform';
import { percentile } from '../pipeline/bench-env';
import { benchArgs } from '../bench-args';

const { rate: RATE, seconds: SECONDS, 'settle-ms': SETTLE_MS } = benchArgs('bench:cascade', { rate: 100, seconds: 60, 'settle-ms': 10_000 });
const SERVICES: ServiceName[] = ['civil-registration', 'social-assistance', 'elderly-care', 'child-welfare', 'canteen'];
const CONSUMERS: ServiceName[] = ['social-assistance', 'elderly-care', 'child-welfare', 'canteen', 'civil-registration'];
const OPERATOR = token(['operator'], 'bench-registrar');

async function query<T>(service: ServiceName, sql: string, params: unknown[]): Promise<T[]> {
  const client = new Client({ ...PG, database: testDatabaseName(`sys_${service.replace('-', '_')}`) });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** CPU seconds (user + system) a process has used so far, from /proc (Linux). */
function cpuSeconds(pid: number | undefined): number {
  if (!pid) return 0;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100)
  } catch {
    return 0;
  }
}

/** The broker's CPU seconds: the Erlang VM process. */
function brokerPid(): number | undefined {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === 'beam.smp') return Number(entry);
    } catch {
      // the process ended while we looked
    }
  }
  return undefined;
}

async function main(): Promise<void> {
  await globalSetup();
  const platform = new Platform();
  try {
    await platform.start(SERVICES);
    await loadReferenceData(platform.urls());
    const total = RATE * SECONDS;
    const acceptedAt = new Map<string, number>();
    const failures: string[] = [];
    const cpuBefore = new Map<string, number>([...SERVICES.map((s) => [s, cpuSeconds(platform.pid(s))] as const), ['rabbitmq', cpuSeconds(brokerPid())]]);
    const started = Date.now();
    const pending: Promise<void>[] = [];
    for (let n = 0; n < total; n += 1) {
      const due = started + (n * 1000) / RATE;
      const wait = due - Date.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      const id = residentId('110105', `19${30 + (n % 40)}0${1 + (n % 9)}1${n % 10}`, Math.floor(n / 360) % 1000);
      pending.push(
        platform
          .http('civil-registration')
          .post('/api/v1/deaths')
          .set('Authorization', OPERATOR)
          .send({ residentId: id, name: '王某', ethnicity: 'HAN', dateOfDeath: '2024-08-02', placeOfDeath: '市第一医院', disposal: 'CREMATION', source: 'HOSPITAL' })
          .then((res) => {
            if (res.status === 201) acceptedAt.set(id, Date.now());
            else failures.push(`${res.status} ${res.body?.code ?? ''}`);
          }),
      );
    }
    await Promise.all(pending);
    const sentFor = (Date.now() - started) / 1000;
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    const cpuUsed = [...cpuBefore].map(([name, before]) => [name, cpuSeconds(name === 'rabbitmq' ? brokerPid() : platform.pid(name as ServiceName)) - before] as const);

    // The death events and, in every consuming service, when its inbox took each of them.
    const events = await query<{ id: string; resident: string }>(
      'civil-registration',
      `SELECT id, envelope->'data'->>'residentId' AS resident FROM outbox WHERE routing_key = 'civil-registration.death.registered.v1'`,
      [],
    );
    const lastCommit = new Map<string, number>();
    const seen = new Map<string, number>();
    for (const service of CONSUMERS) {
      const rows = await query<{ event_id: string; at: Date }>(service, `SELECT event_id, received_at AS at FROM inbox WHERE event_type = 'civil-registration.death.registered.v1'`, []);
      for (const row of rows) {
        lastCommit.set(row.event_id, Math.max(lastCommit.get(row.event_id) ?? 0, row.at.getTime()));
        seen.set(row.event_id, (seen.get(row.event_id) ?? 0) + 1);
      }
    }
    const latencies: number[] = [];
    let incomplete = 0;
    for (const { id, resident } of events) {
      const accepted = acceptedAt.get(resident);
      if (accepted === undefined) continue;
      if ((seen.get(id) ?? 0) < CONSUMERS.length) {
        incomplete += 1;
        continue;
      }
      latencies.push(Math.max(0, (lastCommit.get(id) ?? accepted) - accepted));
    }
    latencies.sort((a, b) => a - b);
    console.log(`bench/cascade: ${total} deaths at ${RATE}/s (sent in ${sentFor.toFixed(1)} s), five services as processes`);
    console.log(`  accepted ${acceptedAt.size}, refused ${failures.length}${failures.length ? ` (${[...new Set(failures)].join(', ')})` : ''}`);
    console.log(`  201 -> last consumer's transaction: p50 ${percentile(latencies, 50)} ms, p95 ${percentile(latencies, 95)} ms, p99 ${percentile(latencies, 99)} ms, max ${latencies[latencies.length - 1]} ms`);
    console.log(`  cascades not complete after ${SETTLE_MS / 1000} s: ${incomplete + (acceptedAt.size - events.length)}`);
    // CPU per death is steadier than latency on a shared machine: it does not grow with contention.
    console.log(`  CPU ms per death: ${cpuUsed.map(([name, seconds]) => `${name} ${((seconds * 1000) / Math.max(1, acceptedAt.size)).toFixed(2)}`).join(', ')}`);
  } finally {
    await platform.stop();
    await globalTeardown();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
