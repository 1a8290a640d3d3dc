import { Body, Controller, Get, Post, type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { testRedisPrefix } from '../../../../test/support/test-env';
import { AuthModule } from '../auth/auth.module';
import { DEV_ONLY_JWT_SECRET } from '../auth/auth-config';
import { signToken } from '../auth/jwt';
import { ProblemDetailsFilter } from '../http/problem.filter';
import { RedisModule, REDIS } from '../locks/redis.provider';
import { RateLimitModule } from './rate-limit.module';

@Controller('things')
class ThingsController {
  @Get()
  list(): string[] {
    return [];
  }

  @Post()
  create(@Body() body: unknown): unknown {
    return body;
  }
}

describe('write rate limit per token (real Redis)', () => {
  let app: INestApplication;
  const prefix = `${testRedisPrefix()}rate:`;
  const bearer = (sub: string): string =>
    `Bearer ${signToken({ sub, roles: ['operator'], division: '110105' }, { secret: process.env.JWT_SECRET ?? DEV_ONLY_JWT_SECRET })}`;

  beforeAll(async () => {
    process.env.RATE_LIMIT_WRITES = '3';
    process.env.RATE_LIMIT_WINDOW_MS = '60000';
    process.env.RATE_LIMIT_KEY_PREFIX = prefix;
    const moduleRef = await Test.createTestingModule({
      imports: [RedisModule, AuthModule, RateLimitModule],
      controllers: [ThingsController],
    }).compile();
    app = moduleRef.createNestApplication();
    app.useGlobalFilters(new ProblemDetailsFilter());
    await app.init();
  });

  afterAll(async () => {
    const redis = app.get(REDIS);
    const keys: string[] = await redis.keys(`${prefix}*`);
    if (keys.length) await redis.del(...keys);
    await app.close();
    delete process.env.RATE_LIMIT_WRITES;
    delete process.env.RATE_LIMIT_WINDOW_MS;
    delete process.env.RATE_LIMIT_KEY_PREFIX;
  });

  it('answers the write over the limit with 429 problem+json and Retry-After; reads and other tokens are not limited', async () => {
    const http = request(app.getHttpServer());
    const alice = bearer('alice');
    for (let i = 0; i < 3; i += 1) await http.post('/things').set('Authorization', alice).send({ i }).expect(201);
    const refused = await http.post('/things').set('Authorization', alice).send({ i: 4 }).expect(429);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.body.code).toBe('HTTP.TOO_MANY_REQUESTS');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(60);

    await http.get('/things').set('Authorization', alice).expect(200);
    await http.post('/things').set('Authorization', bearer('bob')).send({}).expect(201);
  });
});
