import { OnceAcrossReplicasJob } from '@app/common/jobs/once-across-replicas.job';
import { RedisJobLock } from '@app/common/locks/redis-job-lock';
import { Clock } from '@app/common/time/clock';
import type { YearMonth } from '@app/common/time/year-month';
import { Injectable } from '@nestjs/common';
import { HighAgeAllowanceService, type GrantResult } from './high-age-allowance.service';

const LOCK_NAME = 'elderly-care:high-age-allowance';
const LOCK_TTL_MS = 60_000;
/** Checked hourly; the work for a month is idempotent, so running it again is harmless. */
const INTERVAL_MS = 60 * 60_000;

/** The monthly 免申即享 grant. Every replica runs the timer; the Redis lock lets one work at a time. */
@Injectable()
export class HighAgeAllowanceJob extends OnceAcrossReplicasJob {
  constructor(
    private readonly allowances: HighAgeAllowanceService,
    lock: RedisJobLock,
    private readonly clock: Clock,
  ) {
    super(lock, { lockName: LOCK_NAME, lockTtlMs: LOCK_TTL_MS, everyMs: INTERVAL_MS, failure: 'high-age allowance job failed' });
  }

  /** Runs for `month` (default: the clock's current month); `ran: false` when another holder has the lock. */
  async run(month: YearMonth = this.clock.currentMonth()): Promise<{ ran: boolean } & Partial<GrantResult>> {
    const result = await this.exclusively(() => this.allowances.grantForMonth(month));
    if (!result.ran) return { ran: false, month: month.toString() };
    if (result.result.started > 0) this.logger.log(`${month.toString()}: ${result.result.started} allowance(s) started, ${result.result.tierChanged} tier change(s)`);
    return { ran: true, ...result.result };
  }
}
