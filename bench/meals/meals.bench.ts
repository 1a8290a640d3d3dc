// bench/meals: sustained meal recordings per second over HTTP at one canteen service instance,
// with the duplicate guard (Redis + unique index) on, and the latency distribution.
// Usage: npm run bench:meals [-- --seconds 20 --concurrency 64 --diners 5000]
import { spawn, type ChildProcess } from 'node:child_process';
import { Agent, request } from 'node:http';
import { resolve } from 'node:path';
import { DEV_ONLY_JWT_SECRET } from '../../libs/common/src/auth/auth-config';
import { signToken } from '../../libs/common/src/auth/jwt';
import { residentId } from '../../test/support/resident-ids';
import { BenchEnvironment, percentile } from '../pipeline/bench-env';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const SECONDS = arg('seconds', 20);
const CONCURRENCY = arg('concurrency', 64);
const DINERS = arg('diners', 5_000);
const PORT = arg('port', 3905);
const SLOTS = ['BREAKFAST', 'LUNCH', 'DINNER'] as const;
const token = (roles: string[]): string => `Bearer ${signToken({ sub: 'bench', roles, division: '110105' }, { secret: DEV_ONLY_JWT_SECRET })}`;
const ADMIN = token(['admin']);
const OPERATOR = token(['canteen-operator']);
const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });

function call(method: string, path: string, auth: string, body?: unknown): Promise<{ status: number; body: string }> {
  const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
  return new Promise((res, rej) => {
    const req = request(
      { host: '127.0.0.1', port: PORT, method, path, agent, headers: { Authorization: auth, 'Content-Type': 'application/json', ...(payload ? { 'Content-Length': payload.length } : {}) } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (c: Buffer) => chunks.push(c));
        response.on('end', () => res({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
      },
    );
    req.on('error', rej);
    req.end(payload);
  });
}

async function expectOk(what: string, pending: Promise<{ status: number; body: string }>): Promise<unknown> {
  const { status, body } = await pending;
  if (status >= 300) throw new Error(`${what}: ${status} ${body}`);
  return JSON.parse(body);
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

/** Runs `count` calls with at most CONCURRENCY in flight. */
async function inParallel(count: number, fn: (i: number) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
    while (next < count) await fn(next++);
  }));
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
    const canteens: string[] = [];
    for (const name of ['八里庄街道幸福食堂', '和平里幸福食堂']) {
      const created = (await expectOk('canteen', call('POST', '/api/v1/canteens', ADMIN, { name, operator: `${name}运营方`, address: '朝阳区', region: '110105', slots: [...SLOTS] }))) as { id: string };
      canteens.push(created.id);
    }
    await inParallel(DINERS, (i) =>
      expectOk('diner', call('POST', '/api/v1/diners', OPERATOR, { residentId: residentId('110105', `19${40 + (i % 25)}0${1 + (i % 9)}1${i % 10}`, i % 1000), cardNumber: `B-${i}`, name: '张秀英', canteenId: canteens[i % 2] })),
    );

    // Each request is a new (diner, day, slot) claim; every 20th repeats the previous diner's
    // claim at the other canteen, which the guard must record at full price.
    const latencies: number[] = [];
    const statuses = new Map<number, number>();
    let subsidised = 0;
    let k = 0;
    const deadline = performance.now() + SECONDS * 1000;
    const started = performance.now();
    await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < deadline) {
        const n = k++;
        const repeat = n % 20 === 19;
        const m = repeat ? n - 1 : n;
        const diner = m % DINERS;
        const day = Math.floor(m / DINERS);
        const date = new Date(Date.UTC(2025, 0, 1 + (day % 300)));
        const body = {
          canteenId: canteens[(diner + (repeat ? 1 : 0)) % 2],
          cardNumber: `B-${diner}`,
          slot: SLOTS[Math.floor(day / 300) % 3],
          servedAt: `${date.toISOString().slice(0, 10)}T11:45:00+08:00`,
        };
        const t0 = performance.now();
        const res = await call('POST', '/api/v1/meals', OPERATOR, body);
        latencies.push(performance.now() - t0);
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        if (res.status === 201 && (JSON.parse(res.body) as { subsidised: boolean }).subsidised) subsidised += 1;
      }
    }));
    const seconds = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    const ok = (statuses.get(201) ?? 0) + (statuses.get(200) ?? 0);
    console.log(`bench/meals: ${SECONDS}s, ${CONCURRENCY} concurrent requests, ${DINERS} diners at 2 canteens, duplicate guard on`);
    console.log(`  meals recorded: ${ok} in ${seconds.toFixed(1)}s = ${(ok / seconds).toFixed(0)}/s (subsidised ${subsidised}, statuses ${JSON.stringify(Object.fromEntries(statuses))})`);
    console.log(`  latency: p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms, max ${latencies[latencies.length - 1].toFixed(1)} ms`);
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
