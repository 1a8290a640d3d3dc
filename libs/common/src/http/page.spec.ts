import { Controller, Get, Query, type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { ApiProperty, DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { ProblemException } from './problem';
import { createValidationPipe } from './validation';
import { ApiPageResponse, PageOf } from './page-response';
import { containsPattern, NameSearchQuery, PersonFileRequest } from './person-lookup';
import { pageOf, PageQuery, pageWindow, type Page } from './page-query.dto';

const asQuery = (metatype: new () => object, value: Record<string, unknown>) => createValidationPipe().transform(value, { type: 'query', metatype });

async function refusal(metatype: new () => object, value: Record<string, unknown>): Promise<ProblemException> {
  const error = await asQuery(metatype, value).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ProblemException);
  return error as ProblemException;
}

describe('PageQuery', () => {
  it('defaults to the first page of 20', async () => {
    await expect(asQuery(PageQuery, {})).resolves.toEqual(Object.assign(new PageQuery(), { page: 1, pageSize: 20 }));
    expect(pageWindow(await asQuery(PageQuery, { page: '3', pageSize: '50' }) as PageQuery)).toEqual({ offset: 100, limit: 50 });
  });

  it.each([
    [{ page: '0' }, 'page', 'min'],
    [{ page: '1.5' }, 'page', 'isInt'],
    [{ page: 'two' }, 'page', 'isInt'],
    [{ page: '100001' }, 'page', 'max'],
    [{ pageSize: '0' }, 'pageSize', 'min'],
    [{ pageSize: '101' }, 'pageSize', 'max'],
    [{ pageSize: ['10', '20'] }, 'pageSize', 'isInt'],
    [{ size: '10' }, 'size', 'whitelistValidation'],
  ])('refuses %j with 400 VALIDATION.FAILED naming %s', async (value, field, code) => {
    const problem = (await refusal(PageQuery, value)).problem;
    expect(problem).toMatchObject({ status: 400, code: 'VALIDATION.FAILED' });
    expect(problem.errors).toContainEqual(expect.objectContaining({ field, code }));
  });

  it('builds a page with what the query asked for', () => {
    const page: Page<string> = pageOf(['a'], 21, { page: 2, pageSize: 20 });
    expect(page).toEqual({ items: ['a'], total: 21, page: 2, pageSize: 20 });
  });
});

describe('person look-up inputs', () => {
  it('trims the name and refuses an empty or long one', async () => {
    expect(((await asQuery(NameSearchQuery, { name: ' 王 ' })) as NameSearchQuery).name).toBe('王');
    expect((await refusal(NameSearchQuery, { name: '  ' })).problem.errors).toContainEqual(expect.objectContaining({ field: 'name', code: 'minLength' }));
    expect((await refusal(NameSearchQuery, { name: '王'.repeat(51) })).problem.errors).toContainEqual(expect.objectContaining({ field: 'name', code: 'maxLength' }));
    expect((await refusal(NameSearchQuery, {})).problem.errors).toContainEqual(expect.objectContaining({ field: 'name' }));
  });

  it('takes a resident ID in the body, upper-casing the check character', async () => {
    expect(((await createValidationPipe().transform({ residentId: '11010519491231002x' }, { type: 'body', metatype: PersonFileRequest })) as PersonFileRequest).residentId).toBe('11010519491231002X');
    const bad = await createValidationPipe().transform({ residentId: '110105194912310021' }, { type: 'body', metatype: PersonFileRequest }).catch((e: unknown) => e);
    expect((bad as ProblemException).problem.errors).toEqual([expect.objectContaining({ field: 'residentId', code: 'isResidentId' })]);
  });

  it.each([
    ['王', '%王%'],
    ['50%_off\\', '%50\\%\\_off\\\\%'],
  ])('matches %s literally anywhere in a name', (text, pattern) => {
    expect(containsPattern(text)).toBe(pattern);
  });
});

class Thing {
  @ApiProperty({ example: 'x' }) id!: string;
}

@Controller('things')
class ThingsController {
  @Get()
  @ApiPageResponse(Thing, 'Things, newest first.')
  list(@Query() query: PageQuery): Page<Thing> {
    return pageOf([], 0, query);
  }
}

describe('the page in OpenAPI', () => {
  let app: INestApplication;

  beforeAll(async () => {
    app = (await Test.createTestingModule({ controllers: [ThingsController] }).compile()).createNestApplication();
    await app.init();
  });

  afterAll(async () => {
    await app.close();
  });

  it('is one named schema per item type whose items are that type, with the query documented', () => {
    expect(PageOf(Thing)).toBe(PageOf(Thing));
    const doc = SwaggerModule.createDocument(app, new DocumentBuilder().build());
    const operation = doc.paths['/things'].get!;
    expect((operation.responses['200'] as { content: Record<string, { schema: unknown }> }).content['application/json'].schema).toEqual({ $ref: '#/components/schemas/ThingPage' });
    const schema = doc.components!.schemas!.ThingPage as { properties: Record<string, unknown>; required: string[] };
    expect(schema.properties.items).toEqual({ type: 'array', description: expect.any(String), items: { $ref: '#/components/schemas/Thing' } });
    expect(schema.required).toEqual(expect.arrayContaining(['items', 'total', 'page', 'pageSize']));
    expect((operation.parameters ?? []).map((p) => ('name' in p ? p.name : ''))).toEqual(['page', 'pageSize']);
  });
});
