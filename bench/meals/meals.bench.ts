// bench/meals: sustained meal recordings per second over HTTP at one canteen service instance,
// with the duplicate guard (Redis + unique index) on, and the latency distribution.
// Usage: npm run bench:meals [-- --seconds 20 --concurrency 64 --diners 5000 --daily-cap 0 --batch 0 --batch-concurrency 2]
// --daily-cap N (N > 0) also puts a daily cap of N subsidised meals per person in force, which
// makes every meal batch a transaction with person-day locks.
// --batch N (N > 0): after the single meals, as many seconds of POST /api/v1/meals/batch with N
// meals a request and --batch-concurrency requests in flight, against the same service, with the
// same mix of claims (new ones after the single meals' ones), so the two rates stand side by side.
// Last, the raw anchor of the same run: as many seconds of single-meal requests (the next claims),
// --concurrency in flight, against a bare node:http server that does one plain INSERT per request
// through pg into a table like meal (raw-meal-server.ts); printed like the platform's, with the
// ratio of the single meals to it.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Agent } from 'node:http';
import { resolve } from 'node:path';
import { DEV_ONLY_JWT_SECRET } from '../../libs/common/src/auth/auth-config';
import { signToken } from '../../libs/common/src/auth/jwt';
import { residentId } from '../../test/support/resident-ids';
import { BenchEnvironment, percentile } from '../pipeline/bench-env';
import { benchArgs } from '../bench-args';
import { httpCall, type HttpAnswer } from '../http-call';

const {
  seconds: SECONDS,
  concurrency: CONCURRENCY,
  diners: DINERS,
  port: PORT,
  'daily-cap': DAILY_CAP,
  batch: BATCH,
  'batch-concurrency': BATCH_CONCURRENCY,
} = benchArgs('bench:meals', { seconds: 20, concurrency: 64, diners: 5_000, port: 3905, 'daily-cap': 0, batch: 0, 'batch-concurrency': 2 });
const SLOTS = ['BREAKFAST', 'LUNCH', 'DINNER'] as const;
const token = (roles: string[]): string => `Bearer ${signToken({ sub: 'bench', roles, division: '110105' }, { secret: DEV_ONLY_JWT_SECRET })}`;
const ADMIN = token(['admin']);
const OPERATOR = token(['canteen-operator']);
const RAW_PORT = PORT + 1;
const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });

type Answer = HttpAnswer;
const call = (method: string, path: string, auth: string, body?: unknown, extra: Record<string, string> = {}): Promise<Answer> => callAt(PORT, method, path, auth, body, extra);

function callAt(port: number, method: string, path: string, auth: string, body?: unknown, extra: Record<string, string> = {}): Promise<Answer> {
  const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
  return httpCall({ port, method, path, agent, headers: { Authorization: auth, 'Content-Type': 'application/json', ...extra }, body: payload });
}

async function expectOk(what: string, pending: Promise<{ status: number; body: string }>): Promise<unknown> {
  const { status, body } = await pending;
  if (status >= 300) throw new Error(`${what}: ${status} ${body}`);
  return JSON.parse(body);
}

function startRawServer(database: string): Promise<ChildProcess> {
  const raw = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', resolve(__dirname, 'raw-meal-server.ts')], {
    cwd: resolve(__dirname, '../..'),
    env: { ...process.env, PORT: String(RAW_PORT), DB_NAME: database },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((res, rej) => {
    raw.stdout!.once('data', () => res(raw));
    raw.once('exit', (code) => rej(new Error(`raw meal server exited with ${code}`)));
  });
}

function startService(env: BenchEnvironment, database: string): ChildProcess {
  const profile = process.env.BENCH_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`] : [];
  return spawn(process.execPath, [...profile, '-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', resolve(__dirname, '../../apps/canteen/src/main.ts')], {
    cwd: resolve(__dirname, '../..'),
    env: {
      ...process.env,
      PORT: String(PORT),
      DB_NAME: database,
      AMQP_URL: env.amqpUrl,
      REDIS_KEY_PREFIX: `cap-bench:${env.id}:`,
      RATE_LIMIT_WRITES: '0',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}

async function waitReady(): Promise<void> {
  for (let i = 0; i < 300; i += 1) {
    try {
      if ((await call('GET', '/health/ready', '')).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('canteen service not ready');
}

/** CPU seconds (user + system) a process has used so far, from /proc (Linux); NaN elsewhere. */
function cpuSeconds(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ 100)
  } catch {
    return NaN;
  }
}

/** Runs `count` calls with at most CONCURRENCY in flight. */
async function inParallel(count: number, fn: (i: number) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
    while (next < count) await fn(next++);
  }));
}

/**
 * The requests' meals: each is a new (diner, day, slot) claim; every 20th repeats the previous
 * diner's claim at the other canteen, which the guard must record at full price.
 */
function claimSource(canteens: string[]): () => { canteenId: string; cardNumber: string; slot: string; servedAt: string } {
  let k = 0;
  return () => {
    const n = k++;
    const repeat = n % 20 === 19;
    const m = repeat ? n - 1 : n;
    const diner = m % DINERS;
    const day = Math.floor(m / DINERS);
    const date = new Date(Date.UTC(2025, 0, 1 + (day % 300)));
    return { canteenId: canteens[(diner + (repeat ? 1 : 0)) % 2], cardNumber: `B-${diner}`, slot: SLOTS[Math.floor(day / 300) % 3], servedAt: `${date.toISOString().slice(0, 10)}T11:45:00+08:00` };
  };
}

interface Measured {
  seconds: number;
  meals: number;
  subsidised: number;
  requests: number;
  statuses: Map<number, number>;
  latencies: number[];
  serviceCpu: number;
  clientCpu: number;
}

/** Runs `send` with `inFlight` requests in flight for SECONDS: meals stored, latencies per request, CPU of both sides. */
async function measure(pid: number | undefined, inFlight: number, send: () => Promise<{ status: number; meals: number; subsidised: number }>): Promise<Measured> {
  const result: Measured = { seconds: 0, meals: 0, subsidised: 0, requests: 0, statuses: new Map(), latencies: [], serviceCpu: 0, clientCpu: 0 };
  const deadline = performance.now() + SECONDS * 1000;
  const serviceCpu0 = cpuSeconds(pid);
  const clientCpu0 = process.cpuUsage();
  const started = performance.now();
  await Promise.all(Array.from({ length: inFlight }, async () => {
    while (performance.now() < deadline) {
      const t0 = performance.now();
      const { status, meals, subsidised } = await send();
      result.latencies.push(performance.now() - t0);
      result.statuses.set(status, (result.statuses.get(status) ?? 0) + 1);
      result.requests += 1;
      result.meals += meals;
      result.subsidised += subsidised;
    }
  }));
  result.seconds = (performance.now() - started) / 1000;
  result.serviceCpu = cpuSeconds(pid) - serviceCpu0;
  const clientCpu = process.cpuUsage(clientCpu0);
  result.clientCpu = (clientCpu.user + clientCpu.system) / 1e6;
  result.latencies.sort((a, b) => a - b);
  return result;
}

function report(title: string, m: Measured): void {
  console.log(title);
  console.log(`  meals recorded: ${m.meals} in ${m.seconds.toFixed(1)}s = ${(m.meals / m.seconds).toFixed(0)}/s (subsidised ${m.subsidised}; ${m.requests} requests, statuses ${JSON.stringify(Object.fromEntries(m.statuses))})`);
  console.log(`  latency per request: p50 ${percentile(m.latencies, 50).toFixed(1)} ms, p99 ${percentile(m.latencies, 99).toFixed(1)} ms, max ${m.latencies[m.latencies.length - 1].toFixed(1)} ms`);
  // Where the two cores went: the service's CPU per meal is what a faster path has to cut.
  console.log(
    `  CPU during the run: service ${m.serviceCpu.toFixed(1)} s (${((m.serviceCpu / m.seconds) * 100).toFixed(0)}% of a core, ${((m.serviceCpu / m.meals) * 1e6).toFixed(0)} µs/meal), load generator ${m.clientCpu.toFixed(1)} s (${((m.clientCpu / m.seconds) * 100).toFixed(0)}% of a core)`,
  );
}

async function main(): Promise<void> {
  const env = new BenchEnvironment();
  await env.setUp();
  const database = await env.database('canteen');
  const service = startService(env, database);
  try {
    await waitReady();
    await expectOk('policy', call('POST', '/api/v1/policy-parameters', ADMIN, {
      key: 'canteen.meal-subsidy.tiers',
      value: { ageBands: [{ tier: 'AGE_60', minAge: 60, amountFen: 200 }, { tier: 'AGE_80', minAge: 80, amountFen: 300 }, { tier: 'AGE_90', minAge: 90, amountFen: 500 }], assistanceAmountFen: 500 },
      effectiveFrom: '2024-01-01',
    }));
    if (DAILY_CAP > 0) {
      await expectOk('daily cap', call('POST', '/api/v1/policy-parameters', ADMIN, {
        key: 'canteen.meal-subsidy.daily-cap',
        value: { maxSubsidisedMealsPerDay: DAILY_CAP },
        effectiveFrom: '2024-01-01',
      }));
    }
    const canteens: string[] = [];
    for (const name of ['八里庄街道幸福食堂', '和平里幸福食堂']) {
      const created = (await expectOk('canteen', call('POST', '/api/v1/canteens', ADMIN, { name, operator: `${name}运营方`, address: '朝阳区', region: '110105', slots: [...SLOTS] }))) as { id: string };
      canteens.push(created.id);
    }
    await inParallel(DINERS, (i) =>
      expectOk('diner', call('POST', '/api/v1/diners', OPERATOR, { residentId: residentId('110105', `19${40 + (i % 25)}0${1 + (i % 9)}1${i % 10}`, i % 1000), cardNumber: `B-${i}`, name: '张秀英', canteenId: canteens[i % 2], localRegistration: true })),
    );

    const claims = claimSource(canteens);
    const platform = await measure(service.pid, CONCURRENCY, async () => {
      const res = await call('POST', '/api/v1/meals', OPERATOR, claims());
      const ok = res.status === 201;
      return { status: res.status, meals: ok ? 1 : 0, subsidised: ok && (JSON.parse(res.body) as { subsidised: boolean }).subsidised ? 1 : 0 };
    });
    report(`bench/meals: ${SECONDS}s, ${CONCURRENCY} concurrent requests, ${DINERS} diners at 2 canteens, duplicate guard on${DAILY_CAP > 0 ? `, daily cap ${DAILY_CAP}` : ''}`, platform);
    if (BATCH > 0) {
      let n = 0;
      report(`bench/meals --batch ${BATCH}: ${SECONDS}s, ${BATCH_CONCURRENCY} concurrent requests of ${BATCH} meals (POST /api/v1/meals/batch), same service and diners`, await measure(service.pid, BATCH_CONCURRENCY, async () => {
        const meals = Array.from({ length: BATCH }, () => claims());
        const res = await call('POST', '/api/v1/meals/batch', OPERATOR, { meals }, { 'Idempotency-Key': `bench:${process.pid}:${n++}` });
        if (res.status !== 200) return { status: res.status, meals: 0, subsidised: 0 };
        const lines = (JSON.parse(res.body) as { lines: Array<{ status: string; meal?: { subsidised: boolean } }> }).lines;
        return { status: res.status, meals: lines.filter((l) => l.status === 'RECORDED').length, subsidised: lines.filter((l) => l.meal?.subsidised).length };
      }));
    }

    // The raw anchor: the same single-meal requests (the next claims) against node:http + pg.
    const raw = await startRawServer(database);
    try {
      const anchor = await measure(raw.pid, CONCURRENCY, async () => {
        const { status } = await callAt(RAW_PORT, 'POST', '/api/v1/meals', OPERATOR, claims());
        return { status, meals: status === 201 ? 1 : 0, subsidised: 0 };
      });
      report(`raw anchor: the same ${SECONDS}s of single-meal requests, ${CONCURRENCY} in flight, against a bare node:http server, one plain INSERT per request through pg into a table like meal`, anchor);
      const rate = (m: Measured) => m.meals / m.seconds;
      const cpuPerMeal = (m: Measured) => m.serviceCpu / m.meals;
      console.log(`ratio: single meals / raw = ${(rate(platform) / rate(anchor)).toFixed(2)} (meals/s); server CPU per meal ${(cpuPerMeal(platform) / cpuPerMeal(anchor)).toFixed(1)} × the raw server's`);
    } finally {
      raw.kill('SIGTERM');
      await new Promise((r) => raw.once('exit', r));
    }
  } finally {
    service.kill('SIGTERM');
    await new Promise((r) => service.on('exit', r));
    agent.destroy();
    await env.tearDown();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
