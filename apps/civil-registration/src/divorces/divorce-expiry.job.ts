import { RedisJobLock } from '@app/common/locks/redis-job-lock';
import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { DivorcesService } from './divorces.service';

const LOCK_NAME = 'civil-registration:divorce-expiry';
const LOCK_TTL_MS = 60_000;
const INTERVAL_MS = 10 * 60_000;

/**
 * Marks divorce applications nobody completed in time as DEEMED_WITHDRAWN. Every replica runs the
 * timer; the Redis lock lets one of them work, and the work itself is idempotent.
 */
@Injectable()
export class DivorceExpiryJob implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(DivorceExpiryJob.name);
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly divorces: DivorcesService,
    private readonly lock: RedisJobLock,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.run().catch((err: Error) => this.logger.error(`divorce expiry failed: ${err.message}`));
    }, INTERVAL_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  async run(): Promise<{ ran: boolean; deemedWithdrawn: number }> {
    const result = await this.lock.runExclusive(LOCK_NAME, LOCK_TTL_MS, () => this.divorces.expireOverdue());
    if (!result.ran) return { ran: false, deemedWithdrawn: 0 };
    if (result.result > 0) this.logger.log(`${result.result} divorce application(s) deemed withdrawn`);
    return { ran: true, deemedWithdrawn: result.result };
  }
}
