import { Body, Controller, Get, HttpCode, Post, type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import request from 'supertest';
import { createTestDatabase } from '../../../../test/support/databases';
import { PG } from '../../../../test/support/test-env';
import { CreateAuditLog1732780800002 } from '../audit/audit-log.migration';
import { AuditModule } from '../audit/audit.module';
import { AuditService } from '../audit/audit.service';
import { AuthModule } from '../auth/auth.module';
import { DEV_ONLY_JWT_SECRET } from '../auth/auth-config';
import { signToken } from '../auth/jwt';
import { ProblemDetailsFilter } from '../http/problem.filter';
import { NoPersonalData } from './no-personal-data.decorator';
import { PersonalDataModule } from './personal-data.module';

const writes: string[] = [];

@Controller('residents')
class ResidentsController {
  @Get()
  one(): unknown {
    return { residentId: '11010519491231002X', name: '张三明', phone: '13812341234' };
  }

  @Post()
  record(): unknown {
    writes.push('recorded');
    return { residentId: '11010519491231002X', recorded: true };
  }

  @Post('file')
  @HttpCode(200)
  file(@Body() body: { residentId: string }): unknown {
    return { residentId: body.residentId, name: '张三明' };
  }
}

@Controller('roads')
@NoPersonalData()
class RoadsController {
  @Get()
  list(): unknown {
    return [{ name: '幸福大街', code: 'R-1' }];
  }
}

describe('personal data in responses (real PostgreSQL for the audit)', () => {
  let app: INestApplication;
  const bearer = (roles: string[]): string =>
    `Bearer ${signToken({ sub: 'clerk', roles, division: '110105' }, { secret: process.env.JWT_SECRET ?? DEV_ONLY_JWT_SECRET })}`;

  beforeAll(async () => {
    const database = await createTestDatabase('common_unmask');
    const moduleRef = await Test.createTestingModule({
      imports: [
        TypeOrmModule.forRoot({ type: 'postgres', host: PG.host, port: PG.port, username: PG.user, password: PG.password, database, migrations: [CreateAuditLog1732780800002], migrationsRun: true }),
        AuthModule,
        AuditModule,
        PersonalDataModule,
      ],
      controllers: [ResidentsController, RoadsController],
    }).compile();
    app = moduleRef.createNestApplication();
    app.useGlobalFilters(new ProblemDetailsFilter());
    await app.init();
  });

  afterAll(async () => {
    await app.close();
  });

  it('masks by default, even for a caller allowed to unmask who gives no reason', async () => {
    const res = await request(app.getHttpServer()).get('/residents').set('Authorization', bearer(['unmask'])).expect(200);
    expect(res.body).toEqual({ residentId: '110***********002X', name: '张*明', phone: '138****1234' });
    expect(JSON.stringify(res.body)).not.toMatch(/\d{17}[\dX]/);
  });

  it('refuses unmasking without the permission, before the handler does anything', async () => {
    const res = await request(app.getHttpServer()).get('/residents').set('Authorization', bearer(['operator'])).set('X-Unmask-Reason', 'curious').expect(403);
    expect(res.body.code).toBe('PRIVACY.UNMASK_FORBIDDEN');
    const write = await request(app.getHttpServer()).post('/residents').set('Authorization', bearer(['operator'])).set('X-Unmask-Reason', 'curious').expect(403);
    expect(write.headers['content-type']).toContain('application/problem+json');
    expect(writes).toEqual([]);
    const masked = await request(app.getHttpServer()).post('/residents').set('Authorization', bearer(['operator'])).expect(201);
    expect(masked.body).toEqual({ residentId: '110***********002X', recorded: true });
    expect(writes).toEqual(['recorded']);
  });

  it('leaves the bodies of routes without personal data as they are', async () => {
    const res = await request(app.getHttpServer()).get('/roads').set('Authorization', bearer(['operator'])).expect(200);
    expect(res.body).toEqual([{ name: '幸福大街', code: 'R-1' }]);
  });

  it('unmasks with the permission and a reason, and audits who, when and why', async () => {
    const res = await request(app.getHttpServer()).get('/residents').set('Authorization', bearer(['unmask'])).set('X-Unmask-Reason', 'case 2024-17 review').expect(200);
    expect(res.body.residentId).toBe('11010519491231002X');
    const {
      items: [entry],
    } = await app.get(AuditService).find({ entityType: 'http-response' });
    expect(entry).toMatchObject({ actor: 'clerk', action: 'personal-data.unmasked', entityId: 'GET /residents', reason: 'case 2024-17 review' });
    expect(entry.occurredAt).toBeInstanceOf(Date);
  });

  it('audits whose file a POST search unmasked: the resident ID asked for, not in any URL', async () => {
    await request(app.getHttpServer()).post('/residents/file').set('Authorization', bearer(['unmask'])).set('X-Unmask-Reason', 'complaint 88').send({ residentId: '11010519491231002x' }).expect(200);
    const { items } = await app.get(AuditService).find({ entityType: 'http-response' });
    expect(items.find((e) => e.reason === 'complaint 88')).toMatchObject({ entityId: 'POST /residents/file', after: { searchedFor: { residentId: '11010519491231002X' } } });
  });
});
