// "Every N, once across replicas": every replica runs the same timer, at the start of each period
// (multiples of N since the epoch, the same instants on every replica; the first one at least N
// after start-up), and the job runs once per period across them, late rather than never.
// The Redis job lock lets one replica work at a time; a record of the period's run, kept in Redis,
// turns away the ticks that come after it. The lock is a lease (see RedisJobLock), so the work
// itself stays idempotent and the database decides.
import { AsyncLocalStorage } from 'node:async_hooks';
import { hostname } from 'node:os';
import { Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { envInt } from '../config/env';
import type { ExclusiveResult, RedisJobLock } from '../locks/redis-job-lock';
import { jobMetrics } from '../metrics/job-metrics';

export interface ReplicatedSchedule {
  /** Name of the lock, `<service>:<job>`, unique across the platform. */
  readonly lockName: string;
  /** Lease of the lock, renewed while the work runs (RedisJobLock.runExclusive). */
  readonly lockTtlMs: number;
  /** The period: every replica's timer fires at each multiple of it; one of them does the work. */
  readonly everyMs: number;
  /** A failed timed run is logged as `<failure>: <error message>`. */
  readonly failure: string;
}

/** What a timed run found; `exclusively` fills it in for the tick that called `run()`. */
interface TimedRun {
  readonly period: number;
  outcome?: 'ran' | 'ran-already' | 'lock-held';
}

const timedRuns = new AsyncLocalStorage<TimedRun>();
const RAN_ALREADY = Symbol('ran-already');
const DAY_MS = 24 * 60 * 60_000;
/** Periods a late replica still runs, one after the other; beyond, it starts again from the current one. */
const MAX_CATCH_UP = 10;
/** Which process ran a period, as recorded in Redis: the container's host name and the pid. */
const RUNNER = `${hostname()}:${process.pid}`;

/**
 * Base of a scheduled job. A subclass passes the lock and its schedule to `super`, and implements
 * `run()`: the whole job, calling `this.exclusively(work)` for the part one replica does, then
 * logging and answering what happened. The timer calls `run()` once per period; so may an admin
 * endpoint, whose call is outside the periods and always works if the lock is free.
 *
 * JOBS_EVERY_MS replaces every job's period (tests and demonstrations watch several periods in
 * minutes); production leaves it unset.
 */
export abstract class OnceAcrossReplicasJob implements OnApplicationBootstrap, OnModuleDestroy {
  /** Named after the job class. */
  protected readonly logger = new Logger(this.constructor.name);
  private timer?: NodeJS.Timeout;
  private destroyed = false;
  private readonly everyMs: number;
  /**
   * The lease, at most a quarter of the period: a replica that dies holding the lock then costs
   * the others a quarter of the period, and they still run it in that period (see tick).
   */
  private readonly leaseMs: number;

  protected constructor(
    private readonly lock: RedisJobLock,
    private readonly schedule: ReplicatedSchedule,
  ) {
    this.everyMs = envInt('JOBS_EVERY_MS', 0) || schedule.everyMs;
    this.leaseMs = Math.min(schedule.lockTtlMs, Math.max(1_000, Math.floor(this.everyMs / 4)));
  }

  abstract run(): Promise<unknown>;

  onApplicationBootstrap(): void {
    jobMetrics.period.set({ job: this.schedule.lockName }, this.everyMs / 1000);
    // The first tick a whole period after start-up, as an interval timer's: a process that lives
    // less than a period (a test, a one-off run) never ticks.
    this.scheduleNext(Math.ceil((Date.now() + this.everyMs) / this.everyMs));
  }

  onModuleDestroy(): void {
    this.destroyed = true;
    clearTimeout(this.timer);
  }

  /** Does `work` if this replica takes the lock; `{ ran: false }` while another one holds it or, timed, when the period has run. */
  protected async exclusively<T>(work: (signal: AbortSignal) => Promise<T> | T): Promise<ExclusiveResult<T>> {
    const timed = timedRuns.getStore();
    const { lockName } = this.schedule;
    const result = await this.lock.runExclusive(lockName, this.leaseMs, async (signal): Promise<T | typeof RAN_ALREADY> => {
      if (timed && (await this.lock.periodRan(lockName, timed.period))) return RAN_ALREADY;
      const value = await work(signal);
      if (timed) await this.lock.recordPeriodRun(lockName, timed.period, RUNNER, Math.max(2 * this.everyMs, Math.min(DAY_MS, 100 * this.everyMs)));
      return value;
    });
    if (timed) timed.outcome = !result.ran ? 'lock-held' : result.result === RAN_ALREADY ? 'ran-already' : 'ran';
    if (!result.ran || result.result === RAN_ALREADY) return { ran: false };
    // Ran to the end here (a replica that did not take the lock leaves its last run as it was).
    jobMetrics.lastSuccess.set({ job: lockName }, Date.now() / 1000);
    return { ran: true, result: result.result };
  }

  /**
   * The timer: the start of `period`, the same instant on every replica. A period whose start
   * has passed (the previous run outlasted its period: a replica alone, its database pool behind a
   * backlog) runs at once, so each period still gets its run, late; a replica more than
   * MAX_CATCH_UP periods behind (suspended, say) starts again from the current period.
   */
  private scheduleNext(period: number): void {
    if (this.destroyed) return;
    const current = Math.floor(Date.now() / this.everyMs);
    const next = current - period > MAX_CATCH_UP ? current : period;
    this.timer = setTimeout(() => void this.tick(next).finally(() => this.scheduleNext(next + 1)), Math.max(0, next * this.everyMs - Date.now()));
    // A waiting timer must not keep a stopping process alive.
    this.timer.unref();
  }

  /**
   * One period's run on this replica. A tick that finds the lock held while the period has not
   * run (the holder is working, or died holding it) tries again once the lease could have
   * expired, until the period has run or ends.
   */
  private async tick(period: number): Promise<void> {
    const ends = (period + 1) * this.everyMs;
    // Behind by a whole period: what an operator looking at a slow replica wants to know.
    if (Date.now() >= ends) this.logger.warn(`running period ${period} late, ${Date.now() - period * this.everyMs} ms after its start`);
    for (;;) {
      const timed: TimedRun = { period };
      try {
        await timedRuns.run(timed, () => this.run());
      } catch (err) {
        this.logger.error(`${this.schedule.failure}: ${(err as Error).message}`);
        return;
      }
      if (timed.outcome !== 'lock-held' || this.destroyed || Date.now() + this.leaseMs >= ends) return;
      await new Promise<void>((resolve) => {
        this.timer = setTimeout(resolve, this.leaseMs);
        this.timer.unref();
      });
      if (this.destroyed) return;
    }
  }
}
