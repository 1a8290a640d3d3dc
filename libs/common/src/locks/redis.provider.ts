import { Global, Inject, Logger, Module, type OnModuleDestroy } from '@nestjs/common';
import Redis from 'ioredis';
import { envString } from '../config/env';
import { RedisJobLock } from './redis-job-lock';

/** Injection token of the shared ioredis client: `@Inject(REDIS) redis: Redis`. */
export const REDIS = Symbol('REDIS');

export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';

export function createRedisClient(url = envString('REDIS_URL', DEFAULT_REDIS_URL)): Redis {
  // Connect at start so a wrong URL shows up in the logs at once; two retries per command, so
  // a request fails within a short time instead of queueing while Redis is away.
  const client = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 2 });
  const logger = new Logger('Redis');
  // Without a listener ioredis prints every reconnect error as "Unhandled error event".
  client.on('error', (err: Error) => logger.warn(`Redis connection error: ${err.message}`));
  return client;
}

/** The Redis client (REDIS_URL, default redis://127.0.0.1:6379) and the job lock, for every module. */
@Global()
@Module({
  providers: [
    { provide: REDIS, useFactory: () => createRedisClient() },
    {
      provide: RedisJobLock,
      // REDIS_KEY_PREFIX keeps environments (and test runs) that share one Redis apart.
      useFactory: (redis: Redis) => new RedisJobLock(redis, { keyPrefix: `${envString('REDIS_KEY_PREFIX', '')}civil-affairs:lock:` }),
      inject: [REDIS],
    },
  ],
  exports: [REDIS, RedisJobLock],
})
export class RedisModule implements OnModuleDestroy {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  async onModuleDestroy(): Promise<void> {
    if (this.redis.status === 'end') return;
    // QUIT's reply comes before the socket closes; wait for 'end' so shutdown really is complete.
    const ended = new Promise<void>((resolve) => {
      this.redis.once('end', resolve);
      setTimeout(resolve, 2_000).unref();
    });
    try {
      await this.redis.quit();
    } catch {
      // QUIT cannot be sent while disconnected; drop the connection instead.
      this.redis.disconnect();
    }
    await ended;
  }
}
