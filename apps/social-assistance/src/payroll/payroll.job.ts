import { RedisJobLock } from '@app/common/locks/redis-job-lock';
import { Clock } from '@app/common/time/clock';
import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
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
export class PayrollJob implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(PayrollJob.name);
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly payroll: PayrollService,
    private readonly lock: RedisJobLock,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.run().catch((err: Error) => this.logger.error(`payroll failed: ${err.message}`));
    }, INTERVAL_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  async run(): Promise<{ ran: boolean; created: boolean; month: string }> {
    const month = this.clock.currentMonth().toString();
    const result = await this.lock.runExclusive(LOCK_NAME, LOCK_TTL_MS, () => this.payroll.run(month, { system: 'social-assistance' }));
    if (!result.ran) return { ran: false, created: false, month };
    if (result.result.created) this.logger.log(`payroll ${month} closed`);
    return { ran: true, created: result.result.created, month };
  }
}
