import { Logger } from '@nestjs/common';
import type { ExclusiveResult, RedisJobLock } from '../locks/redis-job-lock';
import { OnceAcrossReplicasJob } from './once-across-replicas.job';

/** Stands in for RedisJobLock: free unless `held`, and records what it was asked for and the periods run. */
class FakeLock {
  held = false;
  asked: Array<[string, number]> = [];
  /** period -> runs recorded, as the Redis hashes would sum them. */
  periods = new Map<number, number>();
  kept: number[] = [];
  async runExclusive<T>(name: string, ttlMs: number, fn: (signal: AbortSignal) => Promise<T> | T): Promise<ExclusiveResult<T>> {
    this.asked.push([name, ttlMs]);
    if (this.held) return { ran: false };
    return { ran: true, result: await fn(new AbortController().signal) };
  }
  async periodRan(_name: string, period: number): Promise<boolean> {
    return this.periods.has(period);
  }
  async recordPeriodRun(_name: string, period: number, _runner: string, keepMs: number): Promise<void> {
    this.periods.set(period, (this.periods.get(period) ?? 0) + 1);
    this.kept.push(keepMs);
  }
}

class SweepJob extends OnceAcrossReplicasJob {
  runs = 0;
  failNext = false;
  /** The next run takes this long (a pool behind a backlog); then they are quick again. */
  slowNextMs = 0;
  /** When each run began. */
  began: number[] = [];
  constructor(lock: FakeLock, everyMs = 1_000, lockTtlMs = 5_000) {
    super(lock as unknown as RedisJobLock, { lockName: 'test:sweep', lockTtlMs, everyMs, failure: 'sweep failed' });
  }

  async run(): Promise<ExclusiveResult<number>> {
    return this.exclusively(async () => {
      this.began.push(Date.now());
      if (this.slowNextMs > 0) {
        const ms = this.slowNextMs;
        this.slowNextMs = 0;
        await new Promise((resolve) => setTimeout(resolve, ms));
      }
      if (this.failNext) {
        this.failNext = false;
        throw new Error('database away');
      }
      return ++this.runs;
    });
  }
}

describe('OnceAcrossReplicasJob', () => {
  let lock: FakeLock;
  let job: SweepJob;
  beforeEach(() => {
    // Periods are multiples of everyMs since the epoch: the tests start at 0.
    jest.useFakeTimers({ now: 0 });
    lock = new FakeLock();
    job = new SweepJob(lock);
  });
  afterEach(() => {
    job.onModuleDestroy();
    jest.useRealTimers();
    jest.restoreAllMocks();
    delete process.env.JOBS_EVERY_MS;
  });

  it('runs every everyMs from bootstrap, under the schedule\'s lock name, with a lease of at most a quarter period (1 s at least)', async () => {
    job.onApplicationBootstrap();
    await jest.advanceTimersByTimeAsync(999);
    expect(job.runs).toBe(0);
    await jest.advanceTimersByTimeAsync(1);
    expect(job.runs).toBe(1);
    await jest.advanceTimersByTimeAsync(2_000);
    expect(job.runs).toBe(3);
    expect(lock.asked).toEqual([
      ['test:sweep', 1_000],
      ['test:sweep', 1_000],
      ['test:sweep', 1_000],
    ]);
    expect([...lock.periods]).toEqual([
      [1, 1],
      [2, 1],
      [3, 1],
    ]);
    // Kept 100 periods (at least two, at most a day), for the operator and the cluster suite.
    expect(lock.kept).toEqual([100_000, 100_000, 100_000]);
  });

  it.each([
    // started at, period -> ticks: the first multiple at least a period after start-up, then each multiple
    [2_500, 1_000, [4_000, 5_000, 6_000]],
    [0, 1_000, [1_000, 2_000, 3_000]],
    [59_000, 60_000, [120_000, 180_000, 240_000]],
  ])('started at %i with a period of %i ms, ticks at %j (the same instants on every replica)', async (startedAt, everyMs, ticks) => {
    jest.setSystemTime(startedAt);
    job = new SweepJob(lock, everyMs, 60_000);
    const at: number[] = [];
    jest.spyOn(job, 'run').mockImplementation(async () => {
      at.push(Date.now());
      return { ran: false };
    });
    job.onApplicationBootstrap();
    await jest.advanceTimersByTimeAsync(ticks[2] - startedAt + 1);
    expect(at).toEqual(ticks);
  });

  it('does not run a period another replica has run, while an admin\'s run outside the periods works', async () => {
    lock.periods.set(1, 1);
    job.onApplicationBootstrap();
    await jest.advanceTimersByTimeAsync(1_000);
    expect(job.runs).toBe(0);
    expect(await job.run()).toEqual({ ran: true, result: 1 });
    await jest.advanceTimersByTimeAsync(1_000);
    expect(job.runs).toBe(2);
    expect([...lock.periods]).toEqual([
      [1, 1],
      [2, 1],
    ]);
  });

  it('tries again after the lease while the lock is held and the period has not run, until the period ends', async () => {
    // Period 10 s, lease 2.5 s: another replica holds the lock (working, or dead holding it) until 13 s.
    job = new SweepJob(lock, 10_000, 60_000);
    lock.held = true;
    job.onApplicationBootstrap();
    await jest.advanceTimersByTimeAsync(13_000);
    expect(lock.asked.map(([, ttl]) => ttl)).toEqual([2_500, 2_500]); // at 10 s and 12.5 s
    lock.held = false;
    await jest.advanceTimersByTimeAsync(2_000); // 15 s: the third try works
    expect(job.runs).toBe(1);
    expect([...lock.periods]).toEqual([[1, 1]]);
    // No retry once the period has run, and none past the period's end: the next try is at 20 s.
    lock.held = true;
    await jest.advanceTimersByTimeAsync(10_000);
    expect(lock.asked).toHaveLength(3 + 3); // 20 s, 22.5 s, 25 s; 27.5 s would end after the period
    expect(job.runs).toBe(1);
  });

  it.each([
    // a run outlasting its period: the next period runs at once (a 0 ms timer: 1 ms), late, and the one after on time
    [1_500, [1_000, 2_501, 3_000], [1, 2, 3]],
    // more than ten periods behind: it starts again from the current period
    [12_500, [1_000, 13_501, 14_000], [1, 13, 14]],
  ])('after a first run of %i ms, runs at %j for periods %j', async (slowMs, began, periods) => {
    job.slowNextMs = slowMs;
    job.onApplicationBootstrap();
    await jest.advanceTimersByTimeAsync(began[2] + 1);
    expect(job.began).toEqual(began);
    expect([...lock.periods.keys()]).toEqual(periods);
  });

  it('takes its period from JOBS_EVERY_MS when set', async () => {
    process.env.JOBS_EVERY_MS = '250';
    job = new SweepJob(lock, 60 * 60_000, 60_000);
    job.onApplicationBootstrap();
    await jest.advanceTimersByTimeAsync(1_000);
    expect(job.runs).toBe(4);
    expect(lock.asked[0]).toEqual(['test:sweep', 1_000]);
  });

  it('does no work while another replica holds the lock', async () => {
    lock.held = true;
    expect(await job.run()).toEqual({ ran: false });
    job.onApplicationBootstrap();
    await jest.advanceTimersByTimeAsync(3_000);
    expect(lock.asked).toHaveLength(4);
    expect(job.runs).toBe(0);
  });

  it('logs a failed tick under the job\'s name and keeps the timer going', async () => {
    const errors: Array<[string, unknown]> = [];
    jest.spyOn(Logger.prototype, 'error').mockImplementation(function (this: Logger, message: unknown) {
      errors.push([(this as unknown as { context: string }).context, message]);
    });
    job.failNext = true;
    job.onApplicationBootstrap();
    await jest.advanceTimersByTimeAsync(2_000);
    expect(errors).toEqual([['SweepJob', 'sweep failed: database away']]);
    expect(job.runs).toBe(1);
  });

  it('stops firing when the module is destroyed, and never holds the process open', async () => {
    const setTimeout = jest.spyOn(global, 'setTimeout');
    job.onApplicationBootstrap();
    const timer = setTimeout.mock.results[0].value as NodeJS.Timeout;
    expect(timer.hasRef()).toBe(false);
    await jest.advanceTimersByTimeAsync(1_000);
    job.onModuleDestroy();
    await jest.advanceTimersByTimeAsync(5_000);
    expect(job.runs).toBe(1);
  });
});
