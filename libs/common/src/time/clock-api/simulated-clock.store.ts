import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type Redis from 'ioredis';
import { envString } from '../../config/env';
import { REDIS } from '../../locks/redis.provider';
import { Clock } from '../clock';
import { SimulatedClock } from '../simulated-clock';

/** Keeps the later of two instants: every service writes where it moved, and none moves the others back. */
const SET_IF_LATER = `local now = redis.call('GET', KEYS[1])
if (not now) or now < ARGV[1] then redis.call('SET', KEYS[1], ARGV[1]) end
return redis.call('GET', KEYS[1])`;

/**
 * Where a simulation stands, kept in Redis beside the services' locks: a service (re)started
 * during a simulated run takes up the simulated day the others are on instead of its start
 * date, so an interrupted year resumes where it stopped.
 */
@Injectable()
export class SimulatedClockStore implements OnModuleInit {
  private readonly logger = new Logger(SimulatedClockStore.name);
  private readonly key = `${envString('REDIS_KEY_PREFIX', '')}civil-affairs:simulated-clock`;

  constructor(
    private readonly clock: Clock,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  async onModuleInit(): Promise<void> {
    if (!(this.clock instanceof SimulatedClock)) return;
    const stored = await this.redis.get(this.key);
    if (stored && new Date(stored).getTime() > this.clock.now().getTime()) {
      this.clock.advanceTo(stored);
      this.logger.warn(`simulated time resumed at ${this.clock.today()} (where the platform's simulation stands)`);
    }
  }

  /** Moves this service's simulated clock forward to `to` and records where the simulation stands. */
  async advance(clock: SimulatedClock, to: string): Promise<void> {
    clock.advanceTo(to);
    await this.redis.eval(SET_IF_LATER, 1, this.key, clock.now().toISOString());
  }
}
