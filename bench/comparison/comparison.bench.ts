// bench/comparison: a public security household-registration file of N lines (default 1,000,000;
// deaths and moves out of the city mixed, 1 % about people the platform covers, 0.5 % bad) POSTED
// as it streams from disk to the data-exchange service running as its own process, which checks
// every line, stages the good ones with COPY, matches them against the covered-person register
// (the city's covered population, CITY_PROFILE) in one statement and writes the events of what
// matched to its outbox, all in one transaction. The same file is then COPY'd with psql into a
// table of its columns, in the same run, and both times are printed with their ratio.
// Usage: npm run bench:comparison [-- --lines 1000000 --port 3917]
//
// The register is seeded with SQL before the clock starts. Everything lives in a throwaway
// database, vhost and Redis prefix of this run, removed at the end.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { DEV_ONLY_JWT_SECRET } from '../../libs/common/src/auth/auth-config';
import { signToken } from '../../libs/common/src/auth/jwt';
import { COVERED_TOTAL, HEADER, postFile, seedRegister, writeFile } from './public-security-file';
import { BenchEnvironment } from '../pipeline/bench-env';
import { benchArgs } from '../bench-args';

const { lines: N, port: PORT } = benchArgs('bench:comparison', { lines: 1_000_000, port: 3917 });
const PG = { host: '127.0.0.1', port: 5432, user: 'postgres' };
const seconds = (t0: number): number => (performance.now() - t0) / 1000;
const mib = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
const FEED = `Bearer ${signToken({ sub: 'bench-public-security', roles: ['feed-public-security'], division: '110000' }, { secret: DEV_ONLY_JWT_SECRET, expiresIn: '2h' })}`;
function startService(env: BenchEnvironment, database: string): ChildProcess {
  return spawn(process.execPath, [...(process.env.BENCH_PROFILE ? ['--cpu-prof', '--cpu-prof-dir=' + process.env.BENCH_PROFILE] : []), '-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', resolve(__dirname, '../../apps/data-exchange/src/main.ts')], {
    cwd: resolve(__dirname, '../..'),
    env: { ...process.env, PORT: String(PORT), DB_NAME: database, AMQP_URL: env.amqpUrl, REDIS_KEY_PREFIX: `cap-bench:${env.id}:`, RATE_LIMIT_WRITES: '0', LOG_LEVEL: 'warn', CLOCK_FIXED_DATE: '2024-09-05' },
    stdio: ['ignore', 'inherit', 'inherit']
  });
}

async function waitFor(what: string, probe: () => Promise<boolean>, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function main(): Promise<void> {
  const env = new BenchEnvironment();
  await env.setUp();
  const database = await env.database('data_exchange');
  const dir = mkdtempSync(join(tmpdir(), 'cap-bench-comparison-'));
  const service = startService(env, database);
  const db = new Client({ ...PG, database });
  try {
    await waitFor('data-exchange ready', async () => (await fetch(`http://127.0.0.1:${PORT}/health/ready`)).ok);
    await db.connect();
    let t0 = performance.now();
    await seedRegister(db);
    const file = join(dir, `household-registration-${randomUUID()}.csv`);
    const { matching, bad } = await writeFile(file, N);
    console.log(`bench/comparison: ${N.toLocaleString('en')} lines (${mib(statSync(file).size)}), ${matching.toLocaleString('en')} about covered people, ${bad.toLocaleString('en')} bad; register of ${COVERED_TOTAL.toLocaleString('en')} covered people`);
    console.log(`  seeded the register and wrote the file in ${seconds(t0).toFixed(1)} s (not timed below)`);

    await db.query('CHECKPOINT');
    t0 = performance.now();
    const res = await postFile(file, N, PORT, FEED);
    const importSeconds = seconds(t0);
    if (res.status !== 200) throw new Error(`import: ${res.status} ${res.body.slice(0, 500)}`);
    const report = JSON.parse(res.body) as { accepted: number; refused: number; matched: number };
    if (report.refused !== bad || report.matched !== matching) throw new Error(`expected ${bad} refused and ${matching} matched, got ${JSON.stringify({ ...report, refusals: undefined })}`);
    const [{ events }] = (await db.query(`SELECT count(*)::int AS events FROM outbox`)).rows;

    // The same file, COPY'd as CSV into a table of its columns.
    await db.query(`CREATE TABLE copy_target (${HEADER.split(',').map((c) => `"${c}" text`).join(', ')})`);
    await db.query('CHECKPOINT');
    t0 = performance.now();
    execFileSync('psql', ['-h', PG.host, '-p', String(PG.port), '-U', PG.user, '-d', database, '-v', 'ON_ERROR_STOP=1', '-q', '-c', `\\copy copy_target FROM '${file}' WITH (FORMAT csv, HEADER true)`]);
    const copySeconds = seconds(t0);
    const copied = Number((await db.query(`SELECT count(*) AS n FROM copy_target`)).rows[0].n);
    if (copied !== N) throw new Error(`COPY stored ${copied} rows, expected ${N}`);

    console.log(`  import   : ${importSeconds.toFixed(2)} s = ${Math.round(N / importSeconds).toLocaleString('en')} lines/s (streamed POST, every line checked, staged, matched; ${report.accepted.toLocaleString('en')} accepted, ${report.refused.toLocaleString('en')} refused, ${report.matched.toLocaleString('en')} raised in ${events} events)`);
    console.log(`  COPY     : ${copySeconds.toFixed(2)} s for ${copied.toLocaleString('en')} rows (psql \\copy of the same CSV) = ${Math.round(copied / copySeconds).toLocaleString('en')} rows/s`);
    console.log(`  ratio    : import / COPY = ${(importSeconds / copySeconds).toFixed(2)} (goal ≤ 3)`);
  } finally {
    await db.end().catch(() => undefined);
    service.kill('SIGTERM');
    await new Promise((r) => service.once('exit', r));
    rmSync(dir, { recursive: true, force: true });
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
