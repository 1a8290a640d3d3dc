import { envString } from '@app/common/config/env';
import { REDIS } from '@app/common/locks/redis.provider';
import { Inject, Injectable } from '@nestjs/common';
import type Redis from 'ioredis';
import type { MealSlot } from '../canteens/canteen.entity';
import { subsidyClaimKey } from './rules/meal-slot.rule';

/** Long enough to outlive late recordings of the same day; the database stays the truth. */
const CLAIM_TTL_SECONDS = 3 * 24 * 60 * 60;

/**
 * The fast guard against a second subsidised meal in the same slot: SET NX in Redis, so that
 * concurrent claims at different canteens do not all reach the unique index. Keys carry
 * REDIS_KEY_PREFIX so that test runs and environments sharing a Redis do not collide.
 */
@Injectable()
export class SubsidyClaimGuard {
  private readonly prefix = envString('REDIS_KEY_PREFIX', '');

  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  /** SET NX for many slots in one round trip (a pipeline), in order: true where this caller is the first to claim. */
  async claimMany(slots: ReadonlyArray<{ residentId: string; mealDate: string; slot: MealSlot }>): Promise<boolean[]> {
    const pipeline = this.redis.pipeline();
    for (const s of slots) pipeline.set(subsidyClaimKey(this.prefix, s.residentId, s.mealDate, s.slot), '1', 'EX', CLAIM_TTL_SECONDS, 'NX');
    const replies = (await pipeline.exec()) ?? [];
    return slots.map((_, i) => {
      const [err, reply] = replies[i] ?? [new Error('no reply'), null];
      if (err) throw err;
      return reply === 'OK';
    });
  }

  /** Gives claims back whose meals did not take the subsidy. */
  async releaseMany(slots: ReadonlyArray<{ residentId: string; mealDate: string; slot: MealSlot }>): Promise<void> {
    if (slots.length === 0) return;
    await this.redis.del(...slots.map((s) => subsidyClaimKey(this.prefix, s.residentId, s.mealDate, s.slot)));
  }
}
