import { Controller, Get, type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import jwt from 'jsonwebtoken';
import request from 'supertest';
import { ProblemDetailsFilter } from '../http/problem.filter';
import { AuthModule } from './auth.module';
import type { Principal } from './claims';
import { CurrentPrincipal } from './current-principal.decorator';
import { AUTH_JWT_SECRET } from './jwt-auth.guard';
import { signToken } from './jwt';
import { Public } from './public.decorator';
import { Roles } from './roles.decorator';

const SECRET = 'guard-spec-secret';
const OPERATOR: Principal = { sub: 'alice', roles: ['operator'], division: '110105' };

@Controller('cases')
class CasesController {
  @Get()
  list(@CurrentPrincipal() principal: Principal): Principal {
    return principal;
  }

  @Get('admin')
  @Roles('admin', 'supervisor')
  admin(): { ok: true } {
    return { ok: true };
  }

  @Get('public')
  @Public()
  open(): { ok: true } {
    return { ok: true };
  }

  @Get('public-but-needs-caller')
  @Public()
  needsCaller(@CurrentPrincipal() principal: Principal): Principal {
    return principal;
  }
}

@Public()
@Controller('status')
class StatusController {
  @Get()
  status(): { ok: true } {
    return { ok: true };
  }
}

@Roles('admin')
@Controller('settings')
class SettingsController {
  @Get()
  read(): { ok: true } {
    return { ok: true };
  }

  @Get('operators-too')
  @Roles('operator')
  readByOperator(): { ok: true } {
    return { ok: true };
  }
}

describe('JwtAuthGuard over HTTP', () => {
  let app: INestApplication;
  const http = () => request(app.getHttpServer());
  const bearer = (principal: Principal, options: { secret?: string; expiresIn?: number } = {}) =>
    `Bearer ${signToken(principal, { secret: options.secret ?? SECRET, expiresIn: options.expiresIn })}`;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [AuthModule],
      controllers: [CasesController, StatusController, SettingsController],
    })
      .overrideProvider(AUTH_JWT_SECRET)
      .useValue(SECRET)
      .compile();
    app = moduleRef.createNestApplication({ logger: false });
    app.useGlobalFilters(new ProblemDetailsFilter());
    await app.init();
  });

  afterAll(async () => {
    await app.close();
  });

  it('answers a request without a token with 401 problem+json and a Bearer challenge', async () => {
    const res = await http().get('/cases').expect(401);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.headers['www-authenticate']).toBe('Bearer');
    expect(res.body).toMatchObject({ status: 401, code: 'AUTH.UNAUTHENTICATED', instance: '/cases' });
  });

  it.each([
    ['a bad signature', () => bearer(OPERATOR, { secret: 'forged' })],
    ['another scheme', () => `Basic ${Buffer.from('alice:pw').toString('base64')}`],
    ['a token without scheme', () => signToken(OPERATOR, { secret: SECRET })],
    ['garbage', () => 'Bearer abc'],
    ['an HS512 token with the right secret', () => `Bearer ${jwt.sign({ roles: ['operator'], division: '110105' }, SECRET, { algorithm: 'HS512', subject: 'a', expiresIn: 60 })}`],
  ])('answers %s with 401 AUTH.UNAUTHENTICATED', async (_label, authorization) => {
    const res = await http().get('/cases').set('Authorization', authorization()).expect(401);
    expect(res.body.code).toBe('AUTH.UNAUTHENTICATED');
    expect(res.headers['www-authenticate']).toMatch(/^Bearer/);
  });

  it('answers an expired token with 401 AUTH.TOKEN_EXPIRED', async () => {
    const res = await http().get('/cases').set('Authorization', bearer(OPERATOR, { expiresIn: -5 })).expect(401);
    expect(res.body.code).toBe('AUTH.TOKEN_EXPIRED');
    expect(res.headers['www-authenticate']).toBe('Bearer error="invalid_token", error_description="expired"');
  });

  it('lets a good token through and hands the principal to the handler', async () => {
    const res = await http().get('/cases').set('Authorization', bearer(OPERATOR)).expect(200);
    expect(res.body).toEqual(OPERATOR);
  });

  it('accepts the scheme in any case', async () => {
    await http().get('/cases').set('Authorization', bearer(OPERATOR).replace('Bearer', 'bearer')).expect(200);
  });

  it('opens @Public() handlers and controllers without a token', async () => {
    await http().get('/cases/public').expect(200, { ok: true });
    await http().get('/status').expect(200, { ok: true });
  });

  it('refuses @CurrentPrincipal() on a public route without a caller', async () => {
    const res = await http().get('/cases/public-but-needs-caller').expect(401);
    expect(res.body.code).toBe('AUTH.UNAUTHENTICATED');
  });

  it('answers a role mismatch with 403 AUTH.FORBIDDEN and lets any listed role in', async () => {
    const res = await http().get('/cases/admin').set('Authorization', bearer(OPERATOR)).expect(403);
    expect(res.body).toMatchObject({ status: 403, code: 'AUTH.FORBIDDEN' });
    await http().get('/cases/admin').set('Authorization', bearer({ ...OPERATOR, roles: ['supervisor'] })).expect(200);
  });

  it('checks authentication before roles', async () => {
    const res = await http().get('/cases/admin').expect(401);
    expect(res.body.code).toBe('AUTH.UNAUTHENTICATED');
  });

  it('applies controller roles, with a handler list replacing them', async () => {
    await http().get('/settings').set('Authorization', bearer(OPERATOR)).expect(403);
    await http().get('/settings').set('Authorization', bearer({ ...OPERATOR, roles: ['admin'] })).expect(200);
    await http().get('/settings/operators-too').set('Authorization', bearer(OPERATOR)).expect(200);
  });

  it('answers an unknown route with 401 to anonymous callers, and 404 to authenticated ones', async () => {
    const anonymous = await http().get('/api/v1/anything').expect(401);
    expect(anonymous.headers['content-type']).toContain('application/problem+json');
    expect(anonymous.body).toMatchObject({ code: 'AUTH.UNAUTHENTICATED', instance: '/api/v1/anything' });
    await http().get('/api/v1/anything').set('Authorization', bearer(OPERATOR, { secret: 'forged' })).expect(401);
    const known = await http().get('/api/v1/anything').set('Authorization', bearer(OPERATOR)).expect(404);
    expect(known.body.code).toBe('HTTP.NOT_FOUND');
  });
});
