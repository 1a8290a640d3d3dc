// One pass over a service's OpenAPI document after Nest built it, so that every operation tells
// the errors and headers it really has without a decorator per route: what a route can answer
// follows from what the platform applies to it (validation, auth, roles, the write rate limit,
// path ids) and from the statuses its controller declares (409, 422 … with their codes).
import type { OpenAPIObject, OperationObject, PathItemObject, ResponseObject } from './openapi-types';
import type { RouteAccess } from '../../auth/route-matrix';
import { ETAG_EXTENSION } from '../if-match';
import { CORRELATION_ID_PARAMETER, FIELD_ERROR, FIELD_ERROR_SCHEMA, HEADERS, PROBLEM, PROBLEM_SCHEMA, headerRef, problemContent } from './problem-schema';

export interface DocumentFacts {
  /** The app's routes with their access rules (routeMatrix of its root module). */
  routes: readonly RouteAccess[];
  /** Writes (POST, PUT, PATCH, DELETE) are limited per caller with 429 (libs/common/src/rate-limit). */
  rateLimitedWrites: boolean;
  /** What a 401 means in this app (a bearer token or a console session). */
  unauthenticated: string;
  /** The security requirement of every route that is not @Public(). */
  security: Array<Record<string, string[]>>;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;
const WRITES = new Set(['put', 'post', 'delete', 'patch']);

const DEFAULT_DESCRIPTIONS: Record<string, string> = {
  '400': 'VALIDATION.FAILED (one entry per bad field in `errors`), VALIDATION.TOO_DEEP; nothing is stored.',
  '403': 'AUTH.FORBIDDEN: the caller has none of the roles the route needs.',
  '404': 'The resource named in the path does not exist (HTTP.NOT_FOUND or the area’s NOT_FOUND code).',
  '412': 'PRECONDITION.FAILED: If-Match names a version that is no longer current; nothing is stored.',
  '429': 'HTTP.TOO_MANY_REQUESTS: too many writes by this caller in the window; wait Retry-After seconds.',
  '503':
    'DEPENDENCY.UNAVAILABLE: the database is unreachable (Retry-After given); POLICY.NOT_IN_FORCE or POLICY.STORED_VALUE_INVALID: a policy figure the request needs is missing or malformed for the date (`key` and `date` in the problem).',
};

/** `/api/v1/children/:id` -> `/api/v1/children/{id}`, as the document names paths. */
export function documentPathOf(routePath: string): string {
  return routePath.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}

/** The statuses of errors an operation can answer with, beyond those its controller declares. */
export function platformErrorStatuses(method: string, path: string, operation: OperationObject, route: RouteAccess | undefined, facts: DocumentFacts): string[] {
  const parameters = (operation.parameters ?? []) as Array<{ in?: string }>;
  const statuses: string[] = [];
  if (operation.requestBody || parameters.some((p) => p.in === 'query' || p.in === 'path')) statuses.push('400');
  if (!route?.public) statuses.push('401');
  if (route && route.roles.length > 0) statuses.push('403');
  if (/\{[^}]+\}/.test(path)) statuses.push('404');
  if (facts.rateLimitedWrites && WRITES.has(method)) statuses.push('429');
  statuses.push('503');
  return statuses;
}

type HeaderName = keyof typeof HEADERS;

/** Headers of a response, those of the shared components by reference (`used` collects their names). */
function withHeaders(existing: ResponseObject['headers'], names: readonly HeaderName[], used: Set<string>): NonNullable<ResponseObject['headers']> {
  const headers: NonNullable<ResponseObject['headers']> = { ...existing };
  for (const name of names) {
    // A header the controller described itself (an ETag with its meaning) keeps that description.
    if (headers[name] !== undefined) continue;
    headers[name] = headerRef(name);
    used.add(name);
  }
  return headers;
}

function errorResponse(status: string, existing: ResponseObject | undefined, facts: DocumentFacts, used: Set<string>): ResponseObject {
  const fallback = status === '401' ? facts.unauthenticated : (DEFAULT_DESCRIPTIONS[status] ?? 'An error; `code` says which.');
  const headers = withHeaders(existing?.headers, status === '429' || status === '503' ? ['X-Correlation-Id', 'Retry-After'] : ['X-Correlation-Id'], used);
  if (status === '401') headers['WWW-Authenticate'] = { description: 'How to authenticate.', schema: { type: 'string', example: 'Bearer' } };
  // A controller that declared its problem's own shape (extension members like `reason`) keeps it.
  const declared = Object.values(existing?.content ?? {})[0]?.schema;
  const content = declared ? { 'application/problem+json': { schema: declared } } : problemContent;
  return { ...existing, description: existing?.description || fallback, headers, content };
}

function successResponse(status: string, response: ResponseObject, etag: boolean, used: Set<string>): ResponseObject {
  const names: HeaderName[] = ['X-Correlation-Id'];
  if (status === '201') names.push('Location');
  if (etag) names.push('ETag');
  const headers = withHeaders(response.headers, names, used);
  return { ...response, description: response.description || (status === '201' ? 'Created.' : 'OK.'), headers };
}

function completeOperation(method: string, path: string, operation: OperationObject, route: RouteAccess | undefined, facts: DocumentFacts, used: Set<string>): void {
  const responses = operation.responses as Record<string, ResponseObject>;
  // A controller that declared only its errors still answers its success status.
  if (!Object.keys(responses).some((status) => status.startsWith('2'))) responses[String(route?.successStatus ?? 200)] = { description: '' };
  for (const status of platformErrorStatuses(method, path, operation, route, facts)) responses[status] ??= { description: '' };
  // ApiETag / ApiIfMatch (../if-match.ts) mark the operations whose successes carry the resource's version.
  const etag = (operation as unknown as Record<string, unknown>)[ETAG_EXTENSION] === true;
  delete (operation as unknown as Record<string, unknown>)[ETAG_EXTENSION];
  for (const [status, response] of Object.entries(responses)) {
    responses[status] = Number(status) >= 400 ? errorResponse(status, response, facts, used) : successResponse(status, response, etag, used);
  }
  operation.security ??= route?.public ? [] : facts.security;
  const parameters = operation.parameters ?? [];
  if (!parameters.some((p) => 'name' in p && p.name === CORRELATION_ID_PARAMETER.name)) operation.parameters = [...parameters, { $ref: '#/components/parameters/XCorrelationId' }];
}

/**
 * Adds the shared Problem schema and headers and completes every operation: each error status it
 * can give with an application/problem+json body, X-Correlation-Id on the request and every
 * response, Location on 201, Retry-After on 429 and 503. Changes and returns `document`.
 */
export function completeApiDocument(document: OpenAPIObject, facts: DocumentFacts): OpenAPIObject {
  const components = (document.components ??= {});
  components.schemas = { ...components.schemas, [PROBLEM_SCHEMA]: PROBLEM, [FIELD_ERROR_SCHEMA]: FIELD_ERROR };
  components.parameters = { ...components.parameters, XCorrelationId: CORRELATION_ID_PARAMETER };
  const routes = new Map(facts.routes.map((r) => [`${r.method.toLowerCase()} ${documentPathOf(r.path)}`, r]));
  const used = new Set<string>();
  for (const [path, item] of Object.entries(document.paths) as Array<[string, PathItemObject]>) {
    for (const method of METHODS) {
      const operation = item[method];
      if (operation) completeOperation(method, path, operation, routes.get(`${method} ${path}`), facts, used);
    }
  }
  // Only the headers some response refers to: an unused component is noise to a reader.
  const headers = Object.fromEntries(Object.entries(HEADERS).filter(([name]) => used.has(name)));
  components.headers = { ...components.headers, ...headers };
  return document;
}
