import { Logger, type INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import Redis from 'ioredis';
import { testRedisPrefix } from '../../../../test/support/test-env';
import { waitFor } from '../../../../test/support/wait-for';
import { RedisJobLock } from '../locks/redis-job-lock';
import { RedisModule } from '../locks/redis.provider';
import { OnceAcrossReplicasJob } from './once-across-replicas.job';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const PREFIX = `${testRedisPrefix()}common-jobs:`;
const LOCK_NAME = 'test:monthly-close';
const HOUR_MS = 60 * 60_000;

/** What the replicas' jobs share: the work done (as a database would record it) and a gate that holds it open. */
const work = { done: 0, gate: Promise.resolve() };
const lockKey = `${PREFIX}civil-affairs:lock:${LOCK_NAME}`;

class MonthlyCloseJob extends OnceAcrossReplicasJob {
  /** Ticks that found the lock taken (by either replica). */
  refused = 0;
  constructor(lock: RedisJobLock, everyMs: number) {
    super(lock, { lockName: LOCK_NAME, lockTtlMs: 2_000, everyMs, failure: 'monthly close failed' });
  }

  async run(): Promise<{ ran: boolean }> {
    const result = await this.exclusively(async () => {
      work.done += 1;
      await work.gate;
    });
    if (!result.ran) this.refused += 1;
    return { ran: result.ran };
  }
}

/** A replica: its own Nest application context with its own Redis connection, as a second process has. */
async function startReplica(everyMs: number): Promise<{ app: INestApplicationContext; job: MonthlyCloseJob }> {
  const job = { provide: MonthlyCloseJob, useFactory: (lock: RedisJobLock) => new MonthlyCloseJob(lock, everyMs), inject: [RedisJobLock] };
  const moduleRef = await Test.createTestingModule({ imports: [RedisModule], providers: [job] }).compile();
  const app = await moduleRef.init();
  return { app, job: app.get(MonthlyCloseJob) };
}

/** What the replicas' job locks log from now on (until jest.restoreAllMocks). */
function captureLockLines(): string[] {
  const lines: string[] = [];
  jest.spyOn(Logger.prototype, 'log').mockImplementation(function (this: Logger, message: unknown) {
    if ((this as unknown as { context: string }).context === 'RedisJobLock') lines.push(String(message));
  });
  return lines;
}

describe('OnceAcrossReplicasJob against real Redis', () => {
  const saved = { url: process.env.REDIS_URL, prefix: process.env.REDIS_KEY_PREFIX };
  let redis: Redis;
  let open: () => void = () => undefined;

  beforeAll(() => {
    process.env.REDIS_URL = REDIS_URL;
    process.env.REDIS_KEY_PREFIX = PREFIX;
    redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 2 });
  });

  beforeEach(() => {
    work.done = 0;
    work.gate = new Promise<void>((resolve) => (open = resolve));
  });

  afterEach(() => open());

  afterAll(async () => {
    const keys = await redis.keys(`${PREFIX}*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
    for (const [name, value] of [['REDIS_URL', saved.url], ['REDIS_KEY_PREFIX', saved.prefix]] as const) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  it('two replicas whose timers keep firing run the job once while it works, and log each outcome once a minute', async () => {
    const lockLines = captureLockLines();
    const replicas = await Promise.all([startReplica(25), startReplica(25)]);
    try {
      // Both timers fire every 25 ms; the work holds the lock until the gate opens, so every
      // later tick of the other replica finds it taken (the working one waits for its tick to end).
      await waitFor('four refused ticks', () => replicas.reduce((n, { job }) => n + job.refused, 0) >= 4, 10_000, 10);
      expect(work.done).toBe(1);
      expect(await redis.exists(lockKey)).toBe(1);
      // Four refusals or more, but one line per replica and outcome: the working replica took the
      // lock once; the other's ticks find it held (the working one's own ticks wait for its run).
      expect(lockLines.filter((line) => line.startsWith('took'))).toEqual([`took lock "${LOCK_NAME}": this replica runs the job`]);
      const skipped = lockLines.filter((line) => line.endsWith('skipped'));
      expect(new Set(skipped)).toEqual(new Set([`lock "${LOCK_NAME}" held by another replica (or a run still working): skipped`]));
      expect(skipped.length).toBeLessThanOrEqual(2);
    } finally {
      jest.restoreAllMocks();
      for (const { job } of replicas) job.onModuleDestroy();
      open();
      await waitFor('the work to finish and release the lock', async () => (await redis.exists(lockKey)) === 0, 10_000, 10);
      await Promise.all(replicas.map(({ app }) => app.close()));
    }
  });

  it('two replicas running it at the same moment: one works, the other answers ran: false, and each says so in its log', async () => {
    // Hourly, as the services' jobs: no tick comes between the explicit runs below.
    const replicas = await Promise.all([startReplica(HOUR_MS), startReplica(HOUR_MS)]);
    const lockLines = captureLockLines();
    try {
      const runs = replicas.map(({ job }) => job.run());
      // The working replica cannot answer before the gate opens: the first answer is the other's.
      expect(await Promise.race(runs)).toEqual({ ran: false });
      open();
      expect((await Promise.all(runs)).map((r) => r.ran).sort()).toEqual([false, true]);
      expect(work.done).toBe(1);
      expect(lockLines.sort()).toEqual([
        `lock "${LOCK_NAME}" held by another replica (or a run still working): skipped`,
        `took lock "${LOCK_NAME}": this replica runs the job`,
      ]);
      // Released afterwards: the next run, on either replica, works again.
      expect(await replicas[1].job.run()).toEqual({ ran: true });
      expect(work.done).toBe(2);
    } finally {
      jest.restoreAllMocks();
      await Promise.all(replicas.map(({ app }) => app.close()));
    }
  });

  it('two replicas ticking at the same instants run the job once per period', async () => {
    open(); // the work finishes at once: each period's later tick finds the period run, not the lock held
    const earlier = await redis.keys(`${lockKey}:period:*`); // the other tests' timed runs
    if (earlier.length > 0) await redis.del(...earlier);
    const replicas = await Promise.all([startReplica(300), startReplica(300)]);
    let periods: Array<[number, number]> = [];
    try {
      await waitFor('five periods run', () => work.done >= 5, 10_000, 20);
    } finally {
      for (const { job } of replicas) job.onModuleDestroy();
      await Promise.all(replicas.map(({ app }) => app.close()));
    }
    for (const key of await redis.keys(`${lockKey}:period:*`)) {
      const runs = Object.values(await redis.hgetall(key)).reduce((n, v) => n + Number(v), 0);
      periods.push([Number(key.slice(key.lastIndexOf(':') + 1)), runs]);
    }
    periods = periods.sort(([a], [b]) => a - b);
    // One run per period, recorded by whichever replica ran it, the periods consecutive.
    expect(periods.map(([, runs]) => runs)).toEqual(periods.map(() => 1));
    expect(periods.map(([p]) => p - periods[0][0])).toEqual(periods.map((_, i) => i));
    expect(work.done).toBe(periods.length);
    expect(await redis.ttl(`${lockKey}:period:${periods[0][0]}`)).toBeGreaterThan(0);
  });
});
