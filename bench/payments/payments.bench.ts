// bench/payments: a month of 一卡通 disbursement at city-and-more scale. N approved lines (default
// 1,000,000) across the programmes are PUBLISHED AS CHUNK EVENTS of 1,000 lines on the real broker,
// as the programmes publish them, and consumed by the payments service running as its own process
// (inbox, schema validation, one INSERT … ON CONFLICT statement per chunk); then the month is
// assembled into batches per bank (POST /api/v1/batches) and every batch is released by a second
// finance officer, which writes and stores its bank file (POST /api/v1/batches/{id}/release).
// The same rows are then COPY'd with psql into a table like payable_line (same columns,
// constraints, indexes), in the same run, and both times are printed with their ratio.
// Usage: npm run bench:payments [-- --lines 1000000 --port 3916 --releases 3]
//
// Payee accounts (one per person and organisation, 0.5 % of persons without one: their lines are
// held) are seeded with SQL before the clock starts. Everything lives in a throwaway database,
// vhost and Redis prefix of this run, removed at the end.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { connect } from 'amqplib';
import { Client } from 'pg';
import { DEV_ONLY_JWT_SECRET } from '../../libs/common/src/auth/auth-config';
import { signToken } from '../../libs/common/src/auth/jwt';
import { createEnvelope, type PayableLine, type PayableProgramme, type RoutingKey } from '../../libs/contracts/src';
import { EVENTS_EXCHANGE } from '../../libs/messaging/src/topology/names';
import { luhnCheckDigit } from '../../apps/payments/src/banks/rules/account-number.rule';
import { nthResidentId } from '../../test/support/resident-ids';
import { BenchEnvironment } from '../pipeline/bench-env';
import { benchArgs } from '../bench-args';
import { BENCH_PG, copyAnchor, copyLine } from '../copy-anchor';
import { brokerCpuSeconds, cpuSeconds, ownCpuSeconds, postgresCpuSeconds } from '../process-cpu';

// --releases: how many batches the second finance officer releases at once (1 = one after the other).
const { lines: N, port: PORT, releases: RELEASES } = benchArgs('bench:payments', { lines: 1_000_000, port: 3916, releases: 3 });
const MONTH = '2024-08';
const CHUNK = 1000;
const ORGANISATIONS = 2_000;
const token = (roles: string[], sub: string) => `Bearer ${signToken({ sub, roles, division: '110000' }, { secret: DEV_ONLY_JWT_SECRET, expiresIn: '2h' })}`;
const ADMIN = token(['admin'], 'bench-admin');
const FINANCE = token(['finance'], 'bench-finance-1');
const FINANCE_2 = token(['finance'], 'bench-finance-2');

const seconds = (t0: number): number => (performance.now() - t0) / 1000;
const mib = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MiB`;

type PayablesKey = Extract<RoutingKey, `${string}.payables.approved.v1`>;

/** The month's mix, per 100 lines: programme, owning service, paid to persons or organisations. */
const MIX: Array<{ share: number; programme: PayableProgramme; owner: PayablesKey; organisation?: true }> = [
  { share: 36, programme: 'DIBAO', owner: 'social-assistance.payables.approved.v1' },
  { share: 6, programme: 'TEKUN', owner: 'social-assistance.payables.approved.v1' },
  { share: 30, programme: 'HIGH_AGE_ALLOWANCE', owner: 'elderly-care.payables.approved.v1' },
  { share: 12, programme: 'SERVICE_SUBSIDY', owner: 'elderly-care.payables.approved.v1' },
  { share: 10, programme: 'CHILD_ALLOWANCE', owner: 'child-welfare.payables.approved.v1' },
  { share: 2, programme: 'FUNERAL_BENEFIT', owner: 'civil-registration.payables.approved.v1' },
  { share: 2, programme: 'CANTEEN_SETTLEMENT', owner: 'canteen.payables.approved.v1', organisation: true },
  { share: 1, programme: 'HOME_CARE_SETTLEMENT', owner: 'elderly-care.payables.approved.v1', organisation: true },
  { share: 1, programme: 'SERVICE_PROVIDER_SETTLEMENT', owner: 'social-assistance.payables.approved.v1', organisation: true },
];
const BUCKETS = MIX.flatMap((m) => Array.from({ length: m.share }, () => m));
/** Persons: 70 % as many as person lines, so many people have lines of two programmes. */
const PERSONS = Math.max(1, Math.floor(N * 0.96 * 0.7));
const orgId = (o: number) => `0b6c4a52-0000-4000-8000-${String(o).padStart(12, '0')}`;
const personCard = (p: number) => {
  const body = `6217${String(p).padStart(14, '0')}`;
  return body + luhnCheckDigit(body);
};
const hasAccount = (p: number) => p % 200 !== 7;

/** The approvals as the programmes would publish them: per owning service, chunks of 1,000 lines. */
function buildEvents(): { events: Array<{ key: PayablesKey; id: string; body: Buffer }>; bytes: number } {
  const byOwner = new Map<PayablesKey, PayableLine[]>();
  for (let i = 0; i < N; i++) {
    const mix = BUCKETS[i % 100];
    const payee: PayableLine['payee'] = mix.organisation
      ? { kind: 'ORGANISATION', organisationId: orgId(i % ORGANISATIONS), name: `幸福食堂${i % ORGANISATIONS}` }
      : { kind: 'PERSON', residentId: nthResidentId((i * 7919) % PERSONS) };
    const line: PayableLine = { lineId: randomUUID(), programme: mix.programme, period: i % 50 === 0 ? '2024-07' : MONTH, payee, amountFen: 5_000 + (i % 1_000) * 100 };
    const list = byOwner.get(mix.owner) ?? [];
    list.push(line);
    byOwner.set(mix.owner, list);
  }
  const events: Array<{ key: PayablesKey; id: string; body: Buffer }> = [];
  let bytes = 0;
  for (const [key, lines] of byOwner) {
    const approvalId = randomUUID();
    const count = Math.ceil(lines.length / CHUNK);
    for (let index = 0; index < count; index++) {
      const data = { approvalId, month: MONTH, approvedBy: 'bench-approver', chunk: { index, count }, lines: lines.slice(index * CHUNK, (index + 1) * CHUNK) };
      const envelope = createEnvelope(key, data, { source: `/${key.split('.')[0]}`, subject: approvalId });
      const body = Buffer.from(JSON.stringify(envelope));
      bytes += body.length;
      events.push({ key, id: envelope.id, body });
    }
  }
  return { events, bytes };
}

/** One CONFIRMED account per person (but 0.5 %) and per organisation, 70 % at RCB, 30 % at PSBC. */
async function seedAccounts(db: Client): Promise<void> {
  await db.query(`SET synchronous_commit = off`);
  const step = 50_000;
  for (let from = 0; from < PERSONS; from += step) {
    const ps = Array.from({ length: Math.min(step, PERSONS - from) }, (_, k) => from + k).filter(hasAccount);
    await db.query(
      `INSERT INTO payee_account (payee_kind, payee_key, division_code, bank_code, account_number, holder_name, evidence_note, status, proposed_by, proposed_at, decided_by, decided_at)
       SELECT 'PERSON', k, '110105001', CASE WHEN b THEN 'RCB' ELSE 'PSBC' END, n, '居民', 'bench', 'CONFIRMED', 'bench-clerk', now(), 'bench-reviewer', now()
       FROM unnest($1::text[], $2::text[], $3::boolean[]) AS t(k, n, b)`,
      [ps.map((p) => nthResidentId(p)), ps.map(personCard), ps.map((p) => p % 10 < 7)],
    );
  }
  await db.query(
    `INSERT INTO payee_account (payee_kind, payee_key, organisation_name, division_code, bank_code, account_number, holder_name, evidence_note, status, proposed_by, proposed_at, decided_by, decided_at)
     SELECT 'ORGANISATION', '0b6c4a52-0000-4000-8000-' || lpad(o::text, 12, '0'), '幸福食堂' || o, '110105', 'RCB', '110105' || lpad(o::text, 12, '0'), '幸福食堂' || o, 'bench', 'CONFIRMED', 'bench-clerk', now(), 'bench-reviewer', now()
     FROM generate_series(0, $1::int - 1) AS o`,
    [ORGANISATIONS],
  );
  await db.query(`RESET synchronous_commit`);
  await db.query(`VACUUM ANALYZE payee_account`);
}

async function http<T = unknown>(method: string, path: string, auth: string, body?: unknown): Promise<{ status: number; json: T }> {
  const res = await fetch(`http://127.0.0.1:${PORT}${path}`, { method, headers: { Authorization: auth, 'Content-Type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${text.slice(0, 500)}`);
  return { status: res.status, json: (text ? JSON.parse(text) : null) as T };
}

function startService(env: BenchEnvironment, database: string): ChildProcess {
  // BENCH_PROFILE=<dir>: a CPU profile of the service, written when it stops.
  const profile = process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [];
  return spawn(process.execPath, [...profile, '-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', resolve(__dirname, '../../apps/payments/src/main.ts')], {
    cwd: resolve(__dirname, '../..'),
    env: { ...process.env, PORT: String(PORT), DB_NAME: database, AMQP_URL: env.amqpUrl, REDIS_KEY_PREFIX: `cap-bench:${env.id}:`, RATE_LIMIT_WRITES: '0', LOG_LEVEL: 'warn', CLOCK_FIXED_DATE: '2024-08-20' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}

async function waitFor(what: string, probe: () => Promise<boolean>, timeoutMs = 3_600_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function publish(amqpUrl: string, events: Array<{ key: string; id: string; body: Buffer }>): Promise<void> {
  const connection = await connect(amqpUrl);
  try {
    const channel = await connection.createConfirmChannel();
    for (const e of events) {
      if (!channel.publish(EVENTS_EXCHANGE, e.key, e.body, { messageId: e.id, persistent: true, contentType: 'application/json' })) await new Promise((r) => channel.once('drain', r));
    }
    await channel.waitForConfirms();
  } finally {
    await connection.close();
  }
}

/** CPU seconds so far of the processes a step runs in: the service, PostgreSQL, the broker, this bench. */
type Cpu = { service: number; postgres: number; broker: number; bench: number };
const cpuNow = (service: ChildProcess): Cpu => ({ service: cpuSeconds(service.pid), postgres: postgresCpuSeconds(), broker: brokerCpuSeconds(), bench: ownCpuSeconds() });
const cpuKeys = (cpu: Cpu) => Object.keys(cpu) as Array<keyof Cpu>;
const cpuSince = (from: Cpu, to: Cpu): string => cpuKeys(from).map((k) => `${k} ${(to[k] - from[k]).toFixed(2)}`).join(', ');
const cpuTotal = (from: Cpu, to: Cpu): number => cpuKeys(from).reduce((sum, k) => sum + to[k] - from[k], 0);

async function main(): Promise<void> {
  const env = new BenchEnvironment();
  await env.setUp();
  const database = await env.database('payments');
  const service = startService(env, database);
  const db = new Client({ ...BENCH_PG, database });
  try {
    await waitFor('payments ready', async () => (await fetch(`http://127.0.0.1:${PORT}/health/ready`)).ok, 120_000);
    await db.connect();
    const banks = JSON.parse(readFileSync(resolve(__dirname, '../../seeds/reference/banks.json'), 'utf8')) as { banks: unknown[] };
    for (const bank of banks.banks) await http('POST', '/api/v1/banks', ADMIN, bank);
    let t0 = performance.now();
    await seedAccounts(db);
    const { events, bytes } = buildEvents();
    console.log(`bench/payments: ${N.toLocaleString('en')} approved lines of ${MIX.length} programmes from 5 services, ${PERSONS.toLocaleString('en')} persons (0.5 % without an account) and ${ORGANISATIONS} organisations`);
    console.log(`  seeded accounts and built ${events.length} chunk events (${mib(bytes)}) in ${seconds(t0).toFixed(1)} s (not timed below)`);

    await db.query('CHECKPOINT');
    const loadBefore = loadavg()[0];
    const cpu0 = cpuNow(service);
    t0 = performance.now();
    await publish(env.amqpUrl, events);
    const published = seconds(t0);
    await waitFor('every chunk consumed', async () => Number((await db.query(`SELECT count(*) AS n FROM inbox`)).rows[0].n) === events.length);
    const intake = seconds(t0);
    const stored = Number((await db.query(`SELECT count(*) AS n FROM payable_line`)).rows[0].n);
    if (stored !== N) throw new Error(`expected ${N} lines, stored ${stored}`);

    const cpu1 = cpuNow(service);
    t0 = performance.now();
    const assembled = (await http<{ batches: Array<{ id: string; lineCount: number }>; heldLines: number }>('POST', '/api/v1/batches', FINANCE, { month: MONTH })).json;
    const assembly = seconds(t0);
    const cpu2 = cpuNow(service);
    t0 = performance.now();
    let fileLines = 0;
    const queue = [...assembled.batches];
    const releaser = async () => {
      for (let batch = queue.shift(); batch; batch = queue.shift()) {
        const released = await http<{ lineCount: number }>('POST', `/api/v1/batches/${batch.id}/release`, FINANCE_2);
        fileLines += released.json.lineCount;
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, RELEASES) }, releaser));
    const release = seconds(t0);
    const cpu3 = cpuNow(service);
    const [{ files, file_bytes }] = (await db.query(`SELECT count(*)::int AS files, sum(length(content))::float8 AS file_bytes FROM bank_file`)).rows;
    if (fileLines + assembled.heldLines !== N) throw new Error(`batched ${fileLines} + held ${assembled.heldLines} is not ${N}`);
    t0 = performance.now();
    const reconciliation = (await http<{ balanced: boolean; total: { pending: { lines: number }; held: { lines: number } } }>('GET', `/api/v1/reconciliation?month=${MONTH}&limit=10`, FINANCE)).json;
    const reconcileSeconds = seconds(t0);
    if (!reconciliation.balanced) throw new Error('the month does not reconcile');

    // The same rows, COPY'd into a table like payable_line: same columns, defaults, checks and indexes.
    const columns = 'line_id, approval_id, owner_service, programme, period, month, payee_kind, payee_key, organisation_name, amount_fen, reissue_of, refusal, received_at';
    const copy = await copyAnchor(db, database, { table: 'payable_line', columns, rows: N });

    const total = intake + assembly + release;
    // The machine is shared: the one-minute load average before the pipeline and after COPY says how much.
    console.log(`  load     : ${loadBefore.toFixed(1)} before the pipeline, ${loadavg()[0].toFixed(1)} after COPY (${availableParallelism()} cores)`);
    console.log(`  intake   : ${intake.toFixed(2)} s for ${events.length} events = ${Math.round(N / intake).toLocaleString('en')} lines/s (published in ${published.toFixed(2)} s; consumed through inbox, schema check and one statement per chunk)`);
    console.log(`  assembly : ${assembly.toFixed(2)} s: ${assembled.batches.length} batches, ${fileLines.toLocaleString('en')} lines batched, ${assembled.heldLines.toLocaleString('en')} held`);
    console.log(`  release  : ${release.toFixed(2)} s: ${files} bank files written and stored (${mib(file_bytes)}), accounts re-checked at release, ${Math.max(1, RELEASES)} at a time`);
    console.log(`  CPU s    : intake ${cpuSince(cpu0, cpu1)}; assembly ${cpuSince(cpu1, cpu2)}; release ${cpuSince(cpu2, cpu3)}`);
    console.log(`  pipeline : ${total.toFixed(2)} s from the first event published to the last file stored`);
    console.log(`  reconcile: ${reconcileSeconds.toFixed(2)} s (balanced; ${reconciliation.total.pending.lines.toLocaleString('en')} pending, ${reconciliation.total.held.lines.toLocaleString('en')} held) — not in the pipeline time`);
    console.log(copyLine(copy));
    // However well the steps overlapped, the pipeline cannot take less than its CPU spread over every core.
    const cores = availableParallelism();
    const floor = cpuTotal(cpu0, cpu3) / cores;
    console.log(`  floor    : the pipeline's CPU ${cpuTotal(cpu0, cpu3).toFixed(2)} s over ${cores} cores = ${floor.toFixed(2)} s at the least = ${(floor / copy.seconds).toFixed(2)} × COPY`);
    console.log(`  ratio    : pipeline / COPY = ${(total / copy.seconds).toFixed(2)} (goal ≤ 2); intake alone / COPY = ${(intake / copy.seconds).toFixed(2)}`);
  } finally {
    await db.end().catch(() => undefined);
    service.kill('SIGTERM');
    await new Promise((r) => service.once('exit', r));
    await env.tearDown();
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
