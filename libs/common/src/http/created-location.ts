// Every 201 answers with a Location header: the URL where what was created can be read. Where
// that is follows from the app's own GET routes, so no creation route has to spell it out.
import type { Request, Response } from 'express';
import type { RouteAccess } from '../auth/route-matrix';
import { maskResidentIdsIn } from '../privacy/mask-text';

export const CREATED_AT_KEY = 'http:created-at';

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

/** Sets Location on a 201 that has none yet, from `template`; a body without its fields gets the path it was posted to. */
export function setLocation(request: Request, response: Response, template: string, body: unknown): void {
  if (response.statusCode !== 201 || response.headersSent || response.getHeader('Location')) return;
  const location = fillLocation(template, request.params as Record<string, string>, body) ?? request.path;
  // A resident ID in a path is personal data: masked as in a problem's `instance`.
  response.setHeader('Location', maskResidentIdsIn(location));
}

interface ExpressApp {
  response: { json: (this: Response, body: unknown) => Response };
}

/**
 * Sends Location on every 201 that does not set one itself (@CreatedAt routes do), where Express
 * writes the JSON body Nest hands it (`res.json`, as the masking of personal data does): the URL
 * where the creation can be read, worked out once per route from the app's GET routes.
 */
export function sendLocationOnCreations(app: ExpressApp, getPaths: readonly string[]): void {
  const templates = new Map<string, string>();
  const templateOf = (routePath: string): string => {
    let template = templates.get(routePath);
    if (template === undefined) {
      template = locationTemplateOf(routePath, getPaths).template;
      templates.set(routePath, template);
    }
    return template;
  };
  const json = app.response.json;
  app.response.json = function jsonWithLocation(this: Response, body: unknown): Response {
    if (this.statusCode === 201) setLocation(this.req, this, templateOf(String((this.req.route as { path?: string } | undefined)?.path ?? this.req.path)), body);
    return json.call(this, body);
  };
}
