// bench/elders-import: the household-registration department's bulk import of elders
// (POST /api/v1/elders/import, JSON lines) into one elderly-care instance. Most lines are good;
// every 100th has a wrong check character and every 250th repeats an earlier resident, so the
// per-line refusals are part of the work. Prints the time of the import and what it reported,
// and beside it, in the same run, the raw anchor: the rows the import stored, COPY'd with psql into
// a table like elder (same columns, defaults and indexes), with the ratio of the two times.
// Usage: npm run bench:elders-import [-- --lines 100000]
import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { resolve } from 'node:path';
import { Client } from 'pg';
import { DEV_ONLY_JWT_SECRET } from '../../libs/common/src/auth/auth-config';
import { signToken } from '../../libs/common/src/auth/jwt';
import { residentId } from '../../test/support/resident-ids';
import { BenchEnvironment } from '../pipeline/bench-env';
import { benchArgs } from '../bench-args';
import { BENCH_PG, copyAnchor, copyLine } from '../copy-anchor';
import { httpCall, type HttpAnswer } from '../http-call';

const { lines: LINES, port: PORT } = benchArgs('bench:elders-import', { lines: 100_000, port: 3913 });
const CLERK = `Bearer ${signToken({ sub: 'bench', roles: ['operator'], division: '110105' }, { secret: DEV_ONLY_JWT_SECRET })}`;

function post(path: string, contentType: string, body: Buffer): Promise<HttpAnswer> {
  return httpCall({ port: PORT, method: 'POST', path, headers: { Authorization: CLERK, 'Content-Type': contentType }, body });
}

/** Distinct residents aged 60+ (born 1930–1964), by line number. */
function elderId(n: number): string {
  const day = 1 + (n % 28);
  const month = 1 + (Math.floor(n / 28) % 12);
  const year = 1930 + (Math.floor(n / 336_000) % 35);
  const sequence = Math.floor(n / 336) % 1000;
  return residentId('110105', `${year}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}`, sequence);
}

function importBody(lines: number): { body: Buffer; bad: number; duplicates: number } {
  const out: string[] = [];
  let bad = 0;
  let duplicates = 0;
  for (let n = 0; n < lines; n += 1) {
    let id = elderId(n);
    if (n % 100 === 99) {
      id = id.slice(0, 17) + (id[17] === '0' ? '1' : '0');
      bad += 1;
    } else if (n % 250 === 249) {
      id = elderId(n - 1);
      duplicates += 1;
    }
    out.push(JSON.stringify({ residentId: id, name: '王秀英', region: '110105', local: n % 10 !== 0 }));
  }
  return { body: Buffer.from(`${out.join('\n')}\n`), bad, duplicates };
}

function startService(env: BenchEnvironment, database: string): ChildProcess {
  return spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', resolve(__dirname, '../../apps/elderly-care/src/main.ts')], {
    cwd: resolve(__dirname, '../..'),
    env: { ...process.env, PORT: String(PORT), DB_NAME: database, AMQP_URL: env.amqpUrl, REDIS_KEY_PREFIX: `cap-bench:${env.id}:`, RATE_LIMIT_WRITES: '0', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}

async function waitReady(): Promise<void> {
  for (let i = 0; i < 300; i += 1) {
    const ok = await new Promise<boolean>((res) => {
      const req = request({ host: '127.0.0.1', port: PORT, path: '/health/ready' }, (r) => {
        r.resume();
        res(r.statusCode === 200);
      });
      req.on('error', () => res(false));
      req.end();
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('elderly-care not ready');
}

async function main(): Promise<void> {
  const env = new BenchEnvironment();
  await env.setUp();
  const database = await env.database('elderly_care');
  const service = startService(env, database);
  const db = new Client({ ...BENCH_PG, database });
  try {
    await waitReady();
    await db.connect();
    const { body, bad, duplicates } = importBody(LINES);
    await db.query('CHECKPOINT');
    const started = performance.now();
    const response = await post('/api/v1/elders/import', 'application/x-ndjson', body);
    const seconds = (performance.now() - started) / 1000;
    if (response.status >= 300) throw new Error(`import refused: ${response.status} ${response.body.slice(0, 500)}`);
    const report = JSON.parse(response.body) as { accepted: number; refused: number; lines: Array<{ status: string; reason?: string }> };
    const reasons = new Map<string, number>();
    for (const r of report.lines) if (r.status !== 'ACCEPTED') reasons.set(r.reason ?? '?', (reasons.get(r.reason ?? '?') ?? 0) + 1);
    // The same rows as the import stored them, COPY'd into a table like elder.
    const copy = await copyAnchor(db, database, { table: 'elder', columns: 'resident_id, name, region, local, birth_date', rows: report.accepted });
    console.log(`bench/elders-import: ${LINES.toLocaleString('en')} lines (${(body.length / 1e6).toFixed(1)} MB), ${bad} with a bad check character, ${duplicates} repeats`);
    console.log(`  imported in ${seconds.toFixed(2)} s = ${Math.round(LINES / seconds).toLocaleString('en')} lines/s`);
    console.log(`  accepted ${report.accepted}, refused ${report.refused} ${JSON.stringify(Object.fromEntries(reasons))}`);
    console.log(copyLine(copy));
    console.log(`  ratio    : import / COPY = ${(seconds / copy.seconds).toFixed(2)}`);
  } finally {
    await db.end().catch(() => undefined);
    service.kill('SIGTERM');
    await new Promise((r) => service.once('exit', r));
    await env.tearDown();
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
