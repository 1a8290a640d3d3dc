import { OnceAcrossReplicasJob } from '@app/common/jobs/once-across-replicas.job';
import { RedisJobLock } from '@app/common/locks/redis-job-lock';
import { Clock } from '@app/common/time/clock';
import { Injectable } from '@nestjs/common';
import { PayrollService } from './payroll.service';

const LOCK_NAME = 'social-assistance:payroll';
const LOCK_TTL_MS = 10 * 60_000;
const INTERVAL_MS = 60 * 60_000;

/**
 * Closes the current month's payroll. Every replica runs the timer; the Redis lock lets one of
 * them work, and the payroll itself is closed once per month (a later tick changes nothing).
 * Paying as soon as the month begins loses nobody: a case is paid from the month after approval.
 */
@Injectable()
export class PayrollJob extends OnceAcrossReplicasJob {
  constructor(
    private readonly payroll: PayrollService,
    lock: RedisJobLock,
    private readonly clock: Clock,
  ) {
    super(lock, { lockName: LOCK_NAME, lockTtlMs: LOCK_TTL_MS, everyMs: INTERVAL_MS, failure: 'payroll failed' });
  }

  async run(): Promise<{ ran: boolean; created: boolean; month: string }> {
    const month = this.clock.currentMonth().toString();
    const result = await this.exclusively(() => this.payroll.run(month, { system: 'social-assistance' }));
    if (!result.ran) return { ran: false, created: false, month };
    if (result.result.created) this.logger.log(`payroll ${month} closed`);
    return { ran: true, created: result.result.created, month };
  }
}
