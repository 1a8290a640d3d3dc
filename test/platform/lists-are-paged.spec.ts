// Every list the platform serves is a page (docs/development.md, "Lists"): a GET answers
// `{ items, total, page, pageSize }` documented as a named `<Item>Page`, never a bare array, so a
// caller always learns how many records there are and a list can never outgrow one answer. The one
// exception is a small, fixed code table that is not records (a handful of modes or types the
// code itself enumerates); those are listed here by route, and nowhere else.
import 'reflect-metadata';
import type { OperationObject, ResponseObject, SchemaObject } from '@app/common/http/openapi/openapi-types';
import { allDocuments, type NamedDocument } from '../../scripts/openapi/documents';

/** Fixed enumerations answered whole: `service GET path`. */
export const CODE_TABLES: readonly string[] = [
  'canteen GET /api/v1/canteens/operating-modes', // the 4 ways a canteen is run (自营, 委托 …)
  'elderly-care GET /api/v1/facility-types', // the 4 kinds of community facility
  'console GET /api/roles', // the roles an admin can give a user
];

type Schema = SchemaObject | { $ref: string };

interface GetOperation {
  route: string;
  operation: OperationObject;
  /** The document's named schemas, to read what a `$ref` names. */
  schemas: Record<string, Schema>;
}

function getsOf({ name, document }: NamedDocument): GetOperation[] {
  const schemas = (document.components?.schemas ?? {}) as Record<string, Schema>;
  return Object.entries(document.paths)
    .filter(([, item]) => item.get)
    .map(([path, item]) => ({ route: `${name} GET ${path}`, operation: item.get!, schemas }));
}

function okSchemaOf(operation: OperationObject): Schema | undefined {
  const ok = operation.responses?.['200'] as ResponseObject | undefined;
  return ok?.content?.['application/json']?.schema as Schema | undefined;
}

const isArray = (schema: Schema | undefined): boolean => schema !== undefined && 'type' in schema && schema.type === 'array';
/** A named schema with the page's four properties: `<Item>Page`, or a page with more (a ledger's counts per tier). */
const isPage = (schema: Schema | undefined, schemas: Record<string, Schema>): boolean => {
  if (schema === undefined || !('$ref' in schema)) return false;
  const named = schemas[schema.$ref.replace('#/components/schemas/', '')];
  const properties = named && 'properties' in named ? Object.keys(named.properties ?? {}) : [];
  return ['items', 'total', 'page', 'pageSize'].every((p) => properties.includes(p));
};
const takesPageQuery = (operation: OperationObject): boolean => {
  const names = (operation.parameters ?? []).map((p) => ('name' in p ? p.name : ''));
  return names.includes('page') && names.includes('pageSize');
};

/** The routes of the documents that answer a bare array and are not a listed code table. */
export function bareArrayRoutes(documents: NamedDocument[], codeTables: readonly string[] = CODE_TABLES): string[] {
  return documents
    .flatMap(getsOf)
    .filter(({ route, operation }) => isArray(okSchemaOf(operation)) && !codeTables.includes(route))
    .map(({ route }) => route);
}

/** The routes that take `?page=&pageSize=` but do not document a `<Item>Page`. */
export function pagedRoutesWithoutPageSchema(documents: NamedDocument[]): string[] {
  return documents
    .flatMap(getsOf)
    .filter(({ operation, schemas }) => takesPageQuery(operation) && !isPage(okSchemaOf(operation), schemas))
    .map(({ route }) => route);
}

let documents: NamedDocument[];
beforeAll(async () => {
  documents = await allDocuments();
}, 120_000);

describe('every list is a page', () => {
  it('no GET answers a bare array, outside the fixed code tables', () => {
    expect(bareArrayRoutes(documents)).toEqual([]);
  });

  it('every GET that takes ?page=&pageSize= documents a page ({ items, total, page, pageSize })', () => {
    expect(pagedRoutesWithoutPageSchema(documents)).toEqual([]);
  });

  it('each listed code table is still served, and still a small array', () => {
    const gets = new Map(documents.flatMap(getsOf).map((g) => [g.route, g.operation]));
    for (const route of CODE_TABLES) expect({ route, array: isArray(okSchemaOf(gets.get(route) ?? ({} as OperationObject))) }).toEqual({ route, array: true });
  });

  it('catches a bare array and a paged route without its schema (the checks can fail)', () => {
    const op = (schema: Schema, parameters: OperationObject['parameters'] = []): OperationObject => ({ parameters, responses: { '200': { description: 'ok', content: { 'application/json': { schema } } } } });
    const page = [
      { name: 'page', in: 'query' as const },
      { name: 'pageSize', in: 'query' as const },
    ];
    const fake: NamedDocument = {
      name: 'fake',
      document: {
        openapi: '3.0.0',
        info: { title: 'fake', version: '1' },
        paths: {
          '/things': { get: op({ type: 'array', items: { type: 'string' } }) },
          '/modes': { get: op({ type: 'array', items: { type: 'string' } }) },
          '/pages': { get: op({ type: 'object' }, page) },
          '/half': { get: op({ $ref: '#/components/schemas/Half' }, page) },
          '/ok': { get: op({ $ref: '#/components/schemas/ThingPage' }, page) },
        },
        components: {
          schemas: {
            Half: { type: 'object', properties: { items: { type: 'array' }, total: { type: 'integer' } } },
            ThingPage: { type: 'object', properties: { items: { type: 'array' }, total: { type: 'integer' }, page: { type: 'integer' }, pageSize: { type: 'integer' } } },
          },
        },
      } as NamedDocument['document'],
    };
    expect(bareArrayRoutes([fake], ['fake GET /modes'])).toEqual(['fake GET /things']);
    expect(pagedRoutesWithoutPageSchema([fake])).toEqual(['fake GET /pages', 'fake GET /half']);
  });
});
