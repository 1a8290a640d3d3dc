import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { RATE_LIMIT_CONFIG, rateLimitConfigFromEnv } from './rate-limit.config';
import { WriteRateLimitGuard } from './rate-limit.guard';

/** Import after AuthModule, so that the guard sees the authenticated principal. */
@Module({
  providers: [
    { provide: RATE_LIMIT_CONFIG, useFactory: rateLimitConfigFromEnv },
    { provide: APP_GUARD, useClass: WriteRateLimitGuard },
  ],
})
export class RateLimitModule {}
