import { Body, Controller, ForbiddenException, Get, Logger, NotFoundException, Post, type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Type } from 'class-transformer';
import { ArrayMinSize, IsArray, IsInt, IsOptional, IsString, Min, ValidateNested } from 'class-validator';
import request from 'supertest';
import { IsResidentId } from './is-resident-id.decorator';
import { IsYearMonth } from './is-year-month.decorator';
import { ProblemException } from './problem';
import { fieldMessage, problemMessage } from './problem-messages/problem-message';
import { ProblemDetailsFilter } from './problem.filter';
import { createValidationPipe } from './validation';

class MemberDto {
  @IsResidentId()
  residentId!: string;

  @IsInt()
  @Min(0)
  incomeFen!: number;
}

class HouseholdDto {
  @IsYearMonth()
  month!: string;

  @IsArray()
  @ArrayMinSize(1)
  @ValidateNested({ each: true })
  @Type(() => MemberDto)
  members!: MemberDto[];

  @IsOptional()
  @IsString()
  note?: string;
}

@Controller('t')
class ProbeController {
  @Post('households')
  create(@Body() dto: HouseholdDto): unknown {
    return { isDto: dto instanceof HouseholdDto, memberIsDto: dto.members[0] instanceof MemberDto, residentId: dto.members[0].residentId };
  }

  @Get('conflict')
  conflict(): never {
    throw new ProblemException({
      status: 409,
      code: 'DEATH.ALREADY_REGISTERED',
      detail: 'A death is already registered for this person.',
    });
  }

  @Get('period')
  period(): never {
    throw new ProblemException({ status: 409, code: 'DIBAO.PUBLIC_NOTICE_NOT_ENDED', detail: 'Not ended.', extensions: { noticeEndsOn: '2024-06-24', code: 'SHADOW', status: 200 } });
  }

  @Get('boom')
  boom(): never {
    throw new Error('connection to 10.0.0.5 refused');
  }

  @Get('forbidden')
  forbidden(): never {
    throw new ForbiddenException();
  }

  @Get('missing')
  missing(): never {
    throw new NotFoundException('Household not found');
  }
}

const VALID = { month: '2024-07', members: [{ residentId: '11010519491231002X', incomeFen: 0 }] };

describe('problem details and validation over HTTP', () => {
  let app: INestApplication;
  let loggedErrors: jest.SpyInstance;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({ controllers: [ProbeController] }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    app.useGlobalPipes(createValidationPipe());
    app.useGlobalFilters(new ProblemDetailsFilter());
    await app.init();
  });

  beforeEach(() => {
    loggedErrors = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
  });

  afterEach(() => jest.restoreAllMocks());

  afterAll(async () => {
    await app.close();
  });

  const http = () => request(app.getHttpServer());

  it('passes a valid body through as DTO instances, with a lower-case x upper-cased', async () => {
    const members = [{ residentId: '11010519491231002x', incomeFen: 0 }];
    const res = await http().post('/t/households').send({ ...VALID, members }).expect(201);
    expect(res.body).toEqual({ isDto: true, memberIsDto: true, residentId: '11010519491231002X' });
  });

  it('answers a bad body with 400 problem+json, one field error per failed constraint', async () => {
    const res = await http()
      .post('/t/households')
      .send({ month: '2024-13', members: [{ residentId: '110105194912310021', incomeFen: 1.5 }] })
      .expect(400);
    expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(res.body).toMatchObject({
      type: 'https://civil-affairs.example/problems/validation-failed',
      title: 'Bad Request',
      status: 400,
      code: 'VALIDATION.FAILED',
      instance: '/t/households',
    });
    expect(res.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'month', code: 'isYearMonth', message: 'month must be a month in the form YYYY-MM' },
        { field: 'members.0.residentId', code: 'isResidentId', message: 'residentId must be a valid resident ID number (GB 11643-1999)' },
        expect.objectContaining({ field: 'members.0.incomeFen', code: 'isInt' }),
      ]),
    );
    expect(res.body.errors).toHaveLength(3);
    // The rejected resident ID is personal data and is not echoed back.
    expect(JSON.stringify(res.body)).not.toContain('110105194912310021');
  });

  it('answers in Chinese when the request prefers it: title and field messages, never the code', async () => {
    const res = await http()
      .post('/t/households')
      .set('Accept-Language', 'zh-CN,zh;q=0.9,en;q=0.8')
      .send({ month: '2024-13', members: [{ residentId: '110105194912310021', incomeFen: 0 }] })
      .expect(400);
    expect(res.headers['content-language']).toBe('zh-CN');
    expect(res.headers.vary).toContain('Accept-Language');
    expect(res.body).toMatchObject({ code: 'VALIDATION.FAILED', type: 'https://civil-affairs.example/problems/validation-failed', title: problemMessage('VALIDATION.FAILED', 400) });
    expect(res.body.title).toMatch(/[\u4e00-\u9fff]/);
    expect(res.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'month', code: 'isYearMonth', message: fieldMessage('VALIDATION.FAILED', 400, 'isYearMonth', 'month') },
        { field: 'members.0.residentId', code: 'isResidentId', message: fieldMessage('VALIDATION.FAILED', 400, 'isResidentId', 'members.0.residentId') },
      ]),
    );
    for (const error of res.body.errors as Array<{ message: string }>) expect(error.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('stays in English without the header or when English is ranked first', async () => {
    for (const language of [undefined, 'en-US,zh-CN;q=0.5']) {
      const req = http().get('/t/missing');
      const res = await (language ? req.set('Accept-Language', language) : req).expect(404);
      expect(res.headers['content-language']).toBe('en');
      expect(res.body.title).toBe('Not Found');
    }
  });

  it('refuses unknown fields, also nested ones', async () => {
    const res = await http()
      .post('/t/households')
      .send({ ...VALID, isAdmin: true, members: [{ ...VALID.members[0], extra: 1 }] })
      .expect(400);
    expect(res.body.code).toBe('VALIDATION.FAILED');
    expect(res.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'isAdmin', code: 'whitelistValidation' }),
        expect.objectContaining({ field: 'members.0.extra', code: 'whitelistValidation' }),
      ]),
    );
  });

  it('answers malformed JSON with 400 REQUEST.MALFORMED_JSON without quoting the body', async () => {
    const res = await http()
      .post('/t/households')
      .set('Content-Type', 'application/json')
      .send('{"residentId": "11010519491231002X",')
      .expect(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body).toMatchObject({ status: 400, code: 'REQUEST.MALFORMED_JSON', instance: '/t/households' });
    expect(res.text).not.toContain('11010519491231002X');
  });

  it('answers a body over the size limit with 413', async () => {
    const res = await http()
      .post('/t/households')
      .send({ ...VALID, note: 'x'.repeat(200_000) })
      .expect(413);
    expect(res.body.code).toBe('HTTP.PAYLOAD_TOO_LARGE');
  });

  it('answers an unsupported charset with 415', async () => {
    const res = await http().post('/t/households').set('Content-Type', 'application/json; charset=klingon').send('{}').expect(415);
    expect(res.body.code).toBe('HTTP.UNSUPPORTED_MEDIA_TYPE');
  });

  it('passes a thrown ProblemException through', async () => {
    const res = await http().get('/t/conflict').expect(409);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body).toEqual({
      type: 'https://civil-affairs.example/problems/death-already_registered',
      title: 'Conflict',
      status: 409,
      detail: 'A death is already registered for this person.',
      code: 'DEATH.ALREADY_REGISTERED',
      instance: '/t/conflict',
    });
  });

  it('sends the extension members of a ProblemException, never letting them replace the standard ones', async () => {
    const res = await http().get('/t/period').expect(409);
    expect(res.body).toEqual({
      type: 'https://civil-affairs.example/problems/dibao-public_notice_not_ended',
      title: 'Conflict',
      status: 409,
      detail: 'Not ended.',
      code: 'DIBAO.PUBLIC_NOTICE_NOT_ENDED',
      instance: '/t/period',
      noticeEndsOn: '2024-06-24',
    });
  });

  it('answers a plain Error with 500 INTERNAL.ERROR, logging the stack but not sending it', async () => {
    const res = await http().get('/t/boom').expect(500);
    expect(res.body).toMatchObject({ status: 500, code: 'INTERNAL.ERROR', instance: '/t/boom' });
    expect(res.text).not.toContain('10.0.0.5');
    expect(res.text).not.toMatch(/at .*\.ts/);
    expect(Object.keys(res.body).sort()).toEqual(['code', 'detail', 'instance', 'status', 'title', 'type']);
    expect(loggedErrors).toHaveBeenCalledWith(expect.stringContaining('connection to 10.0.0.5 refused'), expect.stringContaining('problem-details.spec.ts'));
  });

  it('maps Nest HTTP exceptions to stable codes', async () => {
    const forbidden = await http().get('/t/forbidden').expect(403);
    expect(forbidden.body.code).toBe('AUTH.FORBIDDEN');
    const missing = await http().get('/t/missing').expect(404);
    expect(missing.body).toMatchObject({ code: 'HTTP.NOT_FOUND', detail: 'Household not found' });
  });

  it('answers an unknown route with 404 HTTP.NOT_FOUND, without the query string', async () => {
    const res = await http().get('/nowhere?residentId=11010519491231002X').expect(404);
    expect(res.body).toMatchObject({ code: 'HTTP.NOT_FOUND', detail: 'No route for GET /nowhere', instance: '/nowhere' });
    expect(res.text).not.toContain('11010519491231002X');
  });
});
