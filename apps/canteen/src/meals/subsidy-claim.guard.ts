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

  /** True when this caller is the first to claim the slot. */
  async claim(residentId: string, mealDate: string, slot: MealSlot): Promise<boolean> {
    const reply = await this.redis.set(subsidyClaimKey(this.prefix, residentId, mealDate, slot), '1', 'EX', CLAIM_TTL_SECONDS, 'NX');
    return reply === 'OK';
  }

  /** Gives a claim back when the meal it was for was not stored. */
  async release(residentId: string, mealDate: string, slot: MealSlot): Promise<void> {
    await this.redis.del(subsidyClaimKey(this.prefix, residentId, mealDate, slot));
  }
}
