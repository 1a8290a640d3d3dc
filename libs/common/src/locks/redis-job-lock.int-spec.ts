import { Test } from '@nestjs/testing';
import Redis from 'ioredis';
import { setTimeout as sleep } from 'node:timers/promises';
import { testRedisPrefix } from '../../../../test/support/test-env';
import { RedisJobLock, type LockHandle } from './redis-job-lock';
import { REDIS, RedisModule } from './redis.provider';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const PREFIX = `${testRedisPrefix()}common-locks:`;

describe('RedisJobLock against real Redis', () => {
  let redis: Redis;
  let other: Redis;
  let lock: RedisJobLock;
  let replica: RedisJobLock;

  beforeAll(() => {
    redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 2 });
    // A second connection plays the other replica.
    other = new Redis(REDIS_URL, { maxRetriesPerRequest: 2 });
    lock = new RedisJobLock(redis, { keyPrefix: PREFIX });
    replica = new RedisJobLock(other, { keyPrefix: PREFIX });
  });

  afterAll(async () => {
    const keys = await redis.keys(`${PREFIX}*`);
    if (keys.length > 0) await redis.del(...keys);
    await Promise.all([redis.quit(), other.quit()]);
  });

  it('lets exactly one of two contenders acquire', async () => {
    const [a, b] = await Promise.all([lock.acquire('payroll', 5_000), replica.acquire('payroll', 5_000)]);
    expect([a, b].filter(Boolean)).toHaveLength(1);
    const holder = (a ?? b) as LockHandle;
    expect(await redis.get(`${PREFIX}payroll`)).toBe(holder.token);
    expect(await redis.pttl(`${PREFIX}payroll`)).toBeGreaterThan(4_000);
  });

  it('lets only the holder release', async () => {
    const held = await lock.acquire('cooling-off', 5_000);
    expect(held).not.toBeNull();
    const impostor: LockHandle = { ...held!, token: 'someone-else' };
    expect(await replica.release(impostor)).toBe(false);
    expect(await redis.get(held!.key)).toBe(held!.token);
    expect(await lock.release(held!)).toBe(true);
    expect(await redis.exists(held!.key)).toBe(0);
    expect(await lock.release(held!)).toBe(false);
  });

  it('expires when the holder dies without releasing', async () => {
    const dead = await lock.acquire('age-grants', 200);
    expect(dead).not.toBeNull();
    expect(await replica.acquire('age-grants', 200)).toBeNull();
    await sleep(300);
    const next = await replica.acquire('age-grants', 5_000);
    expect(next).not.toBeNull();
    // The dead holder's late release must not free the new holder's lock.
    expect(await lock.release(dead!)).toBe(false);
    expect(await redis.get(next!.key)).toBe(next!.token);
  });

  it('extend keeps the lock alive past its original TTL, for the holder only', async () => {
    const held = await lock.acquire('visits', 300);
    expect(held).not.toBeNull();
    await sleep(200);
    expect(await replica.extend({ ...held!, token: 'someone-else' }, 1_000)).toBe(false);
    expect(await lock.extend(held!, 1_000)).toBe(true);
    await sleep(250); // 450 ms after acquiring: past the original 300 ms
    expect(await replica.acquire('visits', 1_000)).toBeNull();
    expect(await redis.get(held!.key)).toBe(held!.token);
  });

  it('cannot extend a lock that has expired', async () => {
    const held = await lock.acquire('expired', 50);
    await sleep(120);
    expect(await lock.extend(held!, 1_000)).toBe(false);
    expect(await redis.exists(held!.key)).toBe(0);
  });

  it('runExclusive runs fn once among 20 concurrent callers and releases afterwards', async () => {
    let runs = 0;
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        (i % 2 ? lock : replica).runExclusive('monthly-payroll', 5_000, async () => {
          runs += 1;
          await sleep(100);
          return 'paid';
        }),
      ),
    );
    expect(runs).toBe(1);
    expect(results.filter((r) => r.ran)).toEqual([{ ran: true, result: 'paid' }]);
    expect(results.filter((r) => !r.ran)).toHaveLength(19);
    expect(await redis.exists(`${PREFIX}monthly-payroll`)).toBe(0);
  });

  it('runExclusive keeps extending while fn runs longer than the TTL', async () => {
    let contenderRan = false;
    let signal: AbortSignal | undefined;
    const outcome = await lock.runExclusive('long-job', 150, async (s) => {
      signal = s;
      await sleep(500);
      const contender = await replica.runExclusive('long-job', 150, () => {
        contenderRan = true;
      });
      return contender.ran;
    });
    expect(outcome).toEqual({ ran: true, result: false });
    expect(contenderRan).toBe(false);
    expect(signal?.aborted).toBe(false);
    expect(await redis.exists(`${PREFIX}long-job`)).toBe(0);
  });

  it('runExclusive aborts the signal when the lock is taken away', async () => {
    const outcome = await lock.runExclusive('stolen', 150, async (signal) => {
      await redis.set(`${PREFIX}stolen`, 'thief', 'PX', 5_000);
      await sleep(250);
      return signal.aborted;
    });
    expect(outcome).toEqual({ ran: true, result: true });
    // The thief's lock is not released by the former holder.
    expect(await redis.get(`${PREFIX}stolen`)).toBe('thief');
  });

  it('runExclusive releases the lock when fn throws, and passes the error on', async () => {
    await expect(
      lock.runExclusive('failing', 5_000, async () => {
        throw new Error('job failed');
      }),
    ).rejects.toThrow('job failed');
    expect(await redis.exists(`${PREFIX}failing`)).toBe(0);
  });

  it('refuses a TTL that is not a positive integer', async () => {
    await expect(lock.acquire('bad', 0)).rejects.toThrow(RangeError);
    await expect(lock.acquire('bad', 1.5)).rejects.toThrow(RangeError);
  });
});

describe('RedisModule', () => {
  const saved = process.env.REDIS_URL;
  afterEach(() => {
    if (saved === undefined) delete process.env.REDIS_URL;
    else process.env.REDIS_URL = saved;
  });

  it('connects to REDIS_URL, provides the lock and closes the client on shutdown', async () => {
    process.env.REDIS_URL = REDIS_URL;
    const moduleRef = await Test.createTestingModule({ imports: [RedisModule] }).compile();
    const client = moduleRef.get<Redis>(REDIS);
    expect(await client.ping()).toBe('PONG');
    const jobLock = moduleRef.get(RedisJobLock);
    const outcome = await jobLock.runExclusive(`module-check-${testRedisPrefix()}`, 1_000, () => 42);
    expect(outcome).toEqual({ ran: true, result: 42 });
    await moduleRef.close();
    expect(client.status).toBe('end');
  });
});
