// Every 201 answers with a Location header: the URL where what was created can be read. Where
// that is follows from the app's own GET routes, so no creation route has to spell it out.
import { SetMetadata } from '@nestjs/common';
import type { RouteAccess } from '../auth/route-matrix';

export const CREATED_AT_KEY = 'http:created-at';

/**
 * Names where a route's creation can be read when the app's GET routes do not tell: a path
 * template with the route's `:params` and `{field}`s of the response body.
 */
export const CreatedAt = (template: string) => SetMetadata(CREATED_AT_KEY, template);

export interface LocationTemplate {
  /** `/api/v1/children/:id/visits/{id}`: `:id` from the request's path, `{id}` from the response body. */
  template: string;
  /** The GET route that reads it, or null when none does (the template then only names the record). */
  readBy: string | null;
}

const PARAM = /:([A-Za-z0-9_]+)/g;
const normalised = (p: string) => p.replace(PARAM, ':');

/** The first GET path of the same shape as `candidate` (`/a/:id` matches `/a/:fundId`). */
function readerOf(candidate: string, getPaths: readonly string[]): string | null {
  return getPaths.find((get) => normalised(get) === normalised(candidate)) ?? null;
}

/** `/charity-funds/:fundId` read for `/charity-funds` -> `/charity-funds/{fundId}` (the body's fundId, else its id). */
function itemTemplate(path: string, reader: string): string {
  return `${path}${reader.slice(path.length).replace(PARAM, '{$1}')}`;
}

/**
 * Where the resource a POST at `path` creates can be read, given the app's GET routes, tried in
 * this order: an item route below the collection (`POST /deaths` -> `GET /deaths/:id`, or
 * `/payrolls/:month/summary`), the same path as a single resource (`POST /children/:id/adoption`),
 * the resource the request adds to or acts on (`POST /staff/:staffId/leave` -> `GET /staff/:staffId`),
 * else the nearest list that shows it (`POST /volunteers` -> `GET /volunteers`). `explicit`
 * (@CreatedAt) wins.
 */
export function locationTemplateOf(path: string, getPaths: readonly string[], explicit?: string): LocationTemplate {
  if (explicit) {
    const reader = readerOf(explicit.replace(/\{[A-Za-z0-9_]+\}/g, ':x').split('?')[0], getPaths);
    return { template: explicit, readBy: reader };
  }
  const item = readerOf(`${path}/:x`, getPaths) ?? getPaths.find((get) => new RegExp(`^${normalised(path).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/:[^/]*/[a-z-]+$`).test(normalised(get).replace(/:/g, ':x')));
  if (item) return { template: itemTemplate(path, item), readBy: item };
  const segments = path.split('/');
  for (let end = segments.length; end > 1; end--) {
    const ancestor = segments.slice(0, end).join('/');
    const reader = readerOf(ancestor, getPaths);
    if (reader) return { template: ancestor, readBy: reader };
  }
  return { template: `${path}/{id}`, readBy: null };
}

/** The GET paths of an app's routes. */
export function getPathsOf(routes: readonly Pick<RouteAccess, 'method' | 'path'>[]): string[] {
  return routes.filter((r) => r.method === 'GET').map((r) => r.path);
}

/**
 * Fills a template for one request: `:name` from the request's path parameters, `{field}` from
 * the response body; null when the body lacks a field (nothing to point at).
 */
export function fillLocation(template: string, params: Readonly<Record<string, string>>, body: unknown): string | null {
  let missing = false;
  const fields = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const filled = template
    .replace(/:([A-Za-z0-9_]+)/g, (whole, name: string) => (params[name] !== undefined ? encodeURIComponent(params[name]) : ((missing = true), whole)))
    .replace(/\{([A-Za-z0-9_]+)\}/g, (whole, name: string) => {
      // An item named by another parameter (`{fundId}`) is the body's field of that name, else its id.
      const value = fields[name] ?? (name === 'id' || name.endsWith('Id') ? fields.id : undefined);
      if (typeof value === 'string' || typeof value === 'number') return encodeURIComponent(String(value));
      missing = true;
      return whole;
    });
  return missing ? null : filled;
}
