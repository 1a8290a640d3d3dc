import { OnceAcrossReplicasJob } from '@app/common/jobs/once-across-replicas.job';
import { RedisJobLock } from '@app/common/locks/redis-job-lock';
import { Injectable } from '@nestjs/common';
import { DivorcesService } from './divorces.service';

const LOCK_NAME = 'civil-registration:divorce-expiry';
const LOCK_TTL_MS = 60_000;
const INTERVAL_MS = 10 * 60_000;

/**
 * Marks divorce applications nobody completed in time as DEEMED_WITHDRAWN. Every replica runs the
 * timer; the Redis lock lets one of them work, and the work itself is idempotent.
 */
@Injectable()
export class DivorceExpiryJob extends OnceAcrossReplicasJob {
  constructor(
    private readonly divorces: DivorcesService,
    lock: RedisJobLock,
  ) {
    super(lock, { lockName: LOCK_NAME, lockTtlMs: LOCK_TTL_MS, everyMs: INTERVAL_MS, failure: 'divorce expiry failed' });
  }

  async run(): Promise<{ ran: boolean; deemedWithdrawn: number }> {
    const result = await this.exclusively(() => this.divorces.expireOverdue());
    if (!result.ran) return { ran: false, deemedWithdrawn: 0 };
    if (result.result > 0) this.logger.log(`${result.result} divorce application(s) deemed withdrawn`);
    return { ran: true, deemedWithdrawn: result.result };
  }
}
