// Every OpenAPI document the platform serves (the services' and the console's), built as the
// running apps build them: it passes the lint (redocly.yaml), declares its errors as problem+json
// and its headers, and every 201 route names a Location that the app can read.
import 'reflect-metadata';
import { routeMatrix } from '@app/common/auth/route-matrix';
import { getPathsOf, locationTemplateOf } from '@app/common/http/created-location';
import { documentPathOf } from '@app/common/http/openapi/complete-document';
import type { OperationObject, ResponseObject } from '@app/common/http/openapi/openapi-types';
import { ConsoleModule } from '../../apps/console/src/console.module';
import { allDocuments, type NamedDocument } from '../../scripts/openapi/documents';
import { lintDocuments } from '../../scripts/openapi/lint';
import { SERVICE_MODULES } from '../../scripts/security/service-modules';

const MODULES: Record<string, unknown> = { ...Object.fromEntries(SERVICE_MODULES.map((s) => [s.name, s.module])), console: ConsoleModule };

let documents: NamedDocument[];
beforeAll(async () => {
  documents = await allDocuments();
}, 120_000);

function operationsOf(document: NamedDocument['document']): Array<{ method: string; path: string; operation: OperationObject; responses: Record<string, ResponseObject> }> {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    (['get', 'put', 'post', 'delete', 'patch'] as const)
      .filter((method) => item[method])
      .map((method) => ({ method, path, operation: item[method]!, responses: item[method]!.responses as Record<string, ResponseObject> })),
  );
}

describe('OpenAPI documents', () => {
  it('are built for every service and the console', () => {
    expect(documents.map((d) => d.name)).toEqual([...SERVICE_MODULES.map((s) => s.name), 'console']);
  });

  it('pass the lint (redocly.yaml; accepted findings in .redocly.lint-ignore.yaml)', async () => {
    expect(await lintDocuments(documents)).toEqual([]);
  }, 120_000);

  it('share one Problem schema and answer every error as application/problem+json', () => {
    for (const { name, document } of documents) {
      expect(document.components?.schemas?.Problem).toMatchObject({ required: ['type', 'title', 'status', 'code'] });
      const plain = operationsOf(document).flatMap(({ method, path, responses }) =>
        Object.entries(responses)
          .filter(([status, response]) => Number(status) >= 400 && !response.content?.['application/problem+json'])
          .map(([status]) => `${name} ${method} ${path} ${status}`),
      );
      expect(plain).toEqual([]);
    }
  });

  it('declare 401 on every authenticated route, 404 only with an id in the path or where the controller raises it, 429 on services’ writes', () => {
    const servicePost = operationsOf(documents[0].document).find((o) => o.method === 'post')!;
    expect(Object.keys(servicePost.responses)).toEqual(expect.arrayContaining(['400', '401', '403', '429', '503']));
    const auditLog = documents[0].document.paths['/api/v1/audit-log'].get!;
    expect(Object.keys(auditLog.responses).sort()).toEqual(['200', '400', '401', '403', '503']);
    const child = documents.find((d) => d.name === 'child-welfare')!.document.paths['/api/v1/children/{id}'].get!;
    expect(Object.keys(child.responses)).toContain('404');
  });

  it('send X-Correlation-Id on every response and Retry-After on every 429 and 503', () => {
    for (const { name, document } of documents) {
      const missing = operationsOf(document).flatMap(({ method, path, responses }) =>
        Object.entries(responses)
          .filter(([status, response]) => !response.headers?.['X-Correlation-Id'] || ((status === '429' || status === '503') && !response.headers['Retry-After']))
          .map(([status]) => `${name} ${method} ${path} ${status}`),
      );
      expect(missing).toEqual([]);
    }
  });

  it('declare Location on every 201, at a URL the app reads (a GET route of its own)', () => {
    const unreadEverywhere: string[] = [];
    for (const { name, document } of documents) {
      const getPaths = getPathsOf(routeMatrix(MODULES[name]));
      const created = operationsOf(document).filter(({ responses }) => responses['201']);
      expect(created.length).toBeGreaterThan(0);
      for (const { method, path, responses } of created) {
        expect({ route: `${name} ${method} ${path}`, location: Boolean(responses['201'].headers?.Location) }).toEqual({ route: `${name} ${method} ${path}`, location: true });
      }
      const unread = created
        .map(({ path }) => path.replace(/\{([^}]+)\}/g, ':$1'))
        .filter((routePath) => locationTemplateOf(routePath, getPaths, routePath.endsWith('/policy-parameters') ? '/api/v1/policy-parameters?key={key}' : undefined).readBy === null);
      unreadEverywhere.push(...unread.map((p) => `${name} POST ${documentPathOf(p)}`));
    }
    expect(unreadEverywhere).toEqual([]);
  });
});
