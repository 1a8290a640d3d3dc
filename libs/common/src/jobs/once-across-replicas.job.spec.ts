import { Logger } from '@nestjs/common';
import type { ExclusiveResult, RedisJobLock } from '../locks/redis-job-lock';
import { OnceAcrossReplicasJob } from './once-across-replicas.job';

/** Stands in for RedisJobLock: free unless `held`, and records what it was asked for. */
class FakeLock {
  held = false;
  asked: Array<[string, number]> = [];
  async runExclusive<T>(name: string, ttlMs: number, fn: (signal: AbortSignal) => Promise<T> | T): Promise<ExclusiveResult<T>> {
    this.asked.push([name, ttlMs]);
    if (this.held) return { ran: false };
    return { ran: true, result: await fn(new AbortController().signal) };
  }
}

class SweepJob extends OnceAcrossReplicasJob {
  runs = 0;
  failNext = false;
  constructor(lock: FakeLock) {
    super(lock as unknown as RedisJobLock, { lockName: 'test:sweep', lockTtlMs: 5_000, everyMs: 1_000, failure: 'sweep failed' });
  }

  async run(): Promise<ExclusiveResult<number>> {
    return this.exclusively(() => {
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
    jest.useFakeTimers();
    lock = new FakeLock();
    job = new SweepJob(lock);
  });
  afterEach(() => {
    job.onModuleDestroy();
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  it('runs every everyMs from bootstrap, under the schedule\'s lock name and TTL', async () => {
    job.onApplicationBootstrap();
    await jest.advanceTimersByTimeAsync(999);
    expect(job.runs).toBe(0);
    await jest.advanceTimersByTimeAsync(1);
    expect(job.runs).toBe(1);
    await jest.advanceTimersByTimeAsync(2_000);
    expect(job.runs).toBe(3);
    expect(lock.asked).toEqual([
      ['test:sweep', 5_000],
      ['test:sweep', 5_000],
      ['test:sweep', 5_000],
    ]);
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
    const setInterval = jest.spyOn(global, 'setInterval');
    job.onApplicationBootstrap();
    const timer = setInterval.mock.results[0].value as NodeJS.Timeout;
    expect(timer.hasRef()).toBe(false);
    await jest.advanceTimersByTimeAsync(1_000);
    job.onModuleDestroy();
    await jest.advanceTimersByTimeAsync(5_000);
    expect(job.runs).toBe(1);
  });
});
