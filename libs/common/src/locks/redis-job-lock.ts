// Scheduled jobs (payroll, cooling-off expiry, age-based grants, overdue visits) run in every
// replica's scheduler; this lock lets exactly one of them do the work. It is a lease, not a
// guarantee: a holder that stalls past its TTL can lose the lock, so the jobs themselves stay
// idempotent by (subject, month) unique keys and the database remains the source of truth.
import { Logger } from '@nestjs/common';
import type Redis from 'ioredis';
import { randomUUID } from 'node:crypto';
import { LogThrottle } from '../logging/log-throttle';

export interface LockHandle {
  readonly name: string;
  readonly key: string;
  /** Random per acquisition, so only this holder can release or extend. */
  readonly token: string;
}

export interface RedisJobLockOptions {
  /** Prepended to the job name; default `civil-affairs:lock:`. */
  keyPrefix?: string;
  /** A lock's "taken" and "skipped" lines are each written at most once per this period; default a minute. */
  logEveryMs?: number;
}

export type ExclusiveResult<T> = { ran: true; result: T } | { ran: false };

// Compare-and-act in Lua, so that checking the token and acting on the key are one atomic step:
// a GET followed by DEL could delete a lock that expired and was taken by someone else in between.
const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;
const EXTEND = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end`;

function assertTtl(ttlMs: number): void {
  if (!Number.isSafeInteger(ttlMs) || ttlMs < 1) throw new RangeError(`ttlMs must be a positive integer, got ${ttlMs}`);
}

export class RedisJobLock {
  private readonly logger = new Logger(RedisJobLock.name);
  private readonly keyPrefix: string;
  private readonly throttle: LogThrottle;

  constructor(
    private readonly redis: Redis,
    options: RedisJobLockOptions = {},
  ) {
    this.keyPrefix = options.keyPrefix ?? 'civil-affairs:lock:';
    this.throttle = new LogThrottle(options.logEveryMs ?? 60_000);
  }

  /** The lock, or null when another holder has it. */
  async acquire(name: string, ttlMs: number): Promise<LockHandle | null> {
    assertTtl(ttlMs);
    const handle: LockHandle = { name, key: `${this.keyPrefix}${name}`, token: randomUUID() };
    const reply = await this.redis.set(handle.key, handle.token, 'PX', ttlMs, 'NX');
    return reply === 'OK' ? handle : null;
  }

  /** True when this holder still had the lock and released it; false when it had expired or passed on. */
  async release(handle: LockHandle): Promise<boolean> {
    return (await this.redis.eval(RELEASE, 1, handle.key, handle.token)) === 1;
  }

  /** Resets the TTL if this holder still has the lock; false means the lock was lost. */
  async extend(handle: LockHandle, ttlMs: number): Promise<boolean> {
    assertTtl(ttlMs);
    return (await this.redis.eval(EXTEND, 1, handle.key, handle.token, String(ttlMs))) === 1;
  }

  /** Whether a scheduled job's run of `period` (its index, time / period) was recorded by any replica. */
  async periodRan(name: string, period: number): Promise<boolean> {
    return (await this.redis.exists(this.periodKey(name, period))) === 1;
  }

  /**
   * Records that `runner` finished the job's run of `period`, kept `keepMs`: a hash of runner ->
   * runs, so a period run twice (a lease lost mid-run) shows as two, and an operator sees which
   * replica ran it (`redis-cli --scan --pattern '*civil-affairs:lock:*:period:*'`).
   */
  async recordPeriodRun(name: string, period: number, runner: string, keepMs: number): Promise<void> {
    assertTtl(keepMs);
    const key = this.periodKey(name, period);
    await this.redis.multi().hincrby(key, runner, 1).pexpire(key, keepMs).exec();
  }

  private periodKey(name: string, period: number): string {
    return `${this.keyPrefix}${name}:period:${period}`;
  }

  /**
   * Runs `fn` if the lock is free, keeping the lock alive (extended every ttl/3) while fn runs and
   * releasing it afterwards, also when fn throws. `signal` aborts if the lock is lost midway, for
   * jobs that can stop between steps. Returns `{ ran: false }` when another holder has it.
   */
  async runExclusive<T>(name: string, ttlMs: number, fn: (signal: AbortSignal) => Promise<T> | T): Promise<ExclusiveResult<T>> {
    const handle = await this.acquire(name, ttlMs);
    if (!handle) {
      this.note(name, 'skipped', `lock "${name}" held by another replica (or a run still working): skipped`);
      return { ran: false };
    }
    this.note(name, 'took', `took lock "${name}": this replica runs the job`);

    const lost = new AbortController();
    let stopped = false;
    let timer: NodeJS.Timeout | undefined;
    const keepAlive = (): void => {
      timer = setTimeout(() => {
        void this.extend(handle, ttlMs)
          .then((held) => {
            if (!held) {
              this.logger.warn(`lock "${name}" was lost while its job was still running`);
              lost.abort(new Error(`lock "${name}" lost`));
            }
          })
          // A Redis hiccup is not yet a lost lock: try again at the next tick.
          .catch((err: Error) => this.logger.warn(`could not extend lock "${name}": ${err.message}`))
          .finally(() => {
            if (!stopped && !lost.signal.aborted) keepAlive();
          });
      }, Math.max(1, Math.floor(ttlMs / 3)));
    };
    keepAlive();

    try {
      return { ran: true, result: await fn(lost.signal) };
    } finally {
      stopped = true;
      clearTimeout(timer);
      await this.release(handle).catch((err: Error) => {
        // The lock then simply expires after its TTL; the job's result stands.
        this.logger.warn(`could not release lock "${name}": ${err.message}`);
      });
    }
  }

  /**
   * Which replica works and which skip is what an operator checks with several replicas; the
   * throttle keeps a short timer or an endpoint called in a loop from flooding the log.
   */
  private note(name: string, outcome: 'took' | 'skipped', message: string): void {
    const held = this.throttle.admit(`${name}\n${outcome}`);
    if (held === undefined) return;
    this.logger.log(held > 0 ? `${message} (${held} more like this since the previous line)` : message);
  }
}
