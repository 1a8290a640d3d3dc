import { Injectable, type INestApplicationContext } from '@nestjs/common';
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

/** What the replicas' jobs share: the work done (as a database would record it) and a gate that holds it open. */
const work = { done: 0, gate: Promise.resolve() };

@Injectable()
class MonthlyCloseJob extends OnceAcrossReplicasJob {
  ticks = 0;
  constructor(lock: RedisJobLock) {
    super(lock, { lockName: LOCK_NAME, lockTtlMs: 2_000, everyMs: 25, failure: 'monthly close failed' });
  }

  async run(): Promise<{ ran: boolean }> {
    this.ticks += 1;
    const result = await this.exclusively(async () => {
      work.done += 1;
      await work.gate;
    });
    return { ran: result.ran };
  }
}

/** A replica: its own Nest application context with its own Redis connection, as a second process has. */
async function startReplica(): Promise<{ app: INestApplicationContext; job: MonthlyCloseJob }> {
  const moduleRef = await Test.createTestingModule({ imports: [RedisModule], providers: [MonthlyCloseJob] }).compile();
  const app = await moduleRef.init();
  return { app, job: app.get(MonthlyCloseJob) };
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

  it('two replicas whose timers keep firing run the job once while it works', async () => {
    const replicas = await Promise.all([startReplica(), startReplica()]);
    try {
      // Both timers fire every 25 ms; the work holds the lock until the gate opens.
      await waitFor('both replicas to tick three times', () => replicas.every(({ job }) => job.ticks >= 3), 10_000, 10);
      expect(work.done).toBe(1);
      expect(await redis.exists(`${PREFIX}civil-affairs:lock:${LOCK_NAME}`)).toBe(1);
    } finally {
      open();
      await Promise.all(replicas.map(({ app }) => app.close()));
    }
  });

  it('two replicas running it at the same moment: one works, the other answers ran: false', async () => {
    const replicas = await Promise.all([startReplica(), startReplica()]);
    try {
      for (const { job } of replicas) job.onModuleDestroy(); // only the explicit runs below
      const runs = replicas.map(({ job }) => job.run());
      // The working replica cannot answer before the gate opens: the first answer is the other's.
      expect(await Promise.race(runs)).toEqual({ ran: false });
      open();
      expect((await Promise.all(runs)).map((r) => r.ran).sort()).toEqual([false, true]);
      expect(work.done).toBe(1);
      // Released afterwards: the next tick, on either replica, works again.
      expect(await replicas[1].job.run()).toEqual({ ran: true });
      expect(work.done).toBe(2);
    } finally {
      await Promise.all(replicas.map(({ app }) => app.close()));
    }
  });
});
