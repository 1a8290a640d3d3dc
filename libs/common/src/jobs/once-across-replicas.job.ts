// "Every N, once across replicas": every replica of a service runs the same timer, and the Redis
// job lock lets one of them do the work per tick; the others answer `{ ran: false }`. The lock is
// a lease (see RedisJobLock), so the work itself stays idempotent and the database decides.
import { Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { ExclusiveResult, RedisJobLock } from '../locks/redis-job-lock';
import { jobMetrics } from '../metrics/job-metrics';

export interface ReplicatedSchedule {
  /** Name of the lock, `<service>:<job>`, unique across the platform. */
  readonly lockName: string;
  /** Lease of the lock, renewed while the work runs (RedisJobLock.runExclusive). */
  readonly lockTtlMs: number;
  /** How often every replica's timer fires; whichever replica takes the lock does the work. */
  readonly everyMs: number;
  /** A failed timed run is logged as `<failure>: <error message>`. */
  readonly failure: string;
}

/**
 * Base of a scheduled job. A subclass passes the lock and its schedule to `super`, and implements
 * `run()`: the whole job, calling `this.exclusively(work)` for the part one replica does, then
 * logging and answering what happened. The timer calls `run()`; so may an admin endpoint.
 */
export abstract class OnceAcrossReplicasJob implements OnApplicationBootstrap, OnModuleDestroy {
  /** Named after the job class. */
  protected readonly logger = new Logger(this.constructor.name);
  private timer?: NodeJS.Timeout;

  protected constructor(
    private readonly lock: RedisJobLock,
    private readonly schedule: ReplicatedSchedule,
  ) {}

  abstract run(): Promise<unknown>;

  onApplicationBootstrap(): void {
    jobMetrics.period.set({ job: this.schedule.lockName }, this.schedule.everyMs / 1000);
    this.timer = setInterval(() => {
      this.run().catch((err: Error) => this.logger.error(`${this.schedule.failure}: ${err.message}`));
    }, this.schedule.everyMs);
    // A waiting timer must not keep a stopping process alive.
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  /** Does `work` if this replica takes the lock; `{ ran: false }` while another one holds it. */
  protected async exclusively<T>(work: (signal: AbortSignal) => Promise<T> | T): Promise<ExclusiveResult<T>> {
    const result = await this.lock.runExclusive(this.schedule.lockName, this.schedule.lockTtlMs, work);
    // Ran to the end here (a replica that did not take the lock leaves its last run as it was).
    if (result.ran) jobMetrics.lastSuccess.set({ job: this.schedule.lockName }, Date.now() / 1000);
    return result;
  }
}
