// Who may call what: the routes of a Nest module tree with the roles their handlers require,
// read from decorator metadata without starting anything. docs/security.md is generated from it
// and a test holds every service to the platform's rules (see test/platform/role-matrix.spec.ts).
import { RequestMethod } from '@nestjs/common';
import { HTTP_CODE_METADATA, METHOD_METADATA, MODULE_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { CONFIDENTIAL_READ_KEY } from './confidential-read.decorator';
import { IS_PUBLIC_KEY } from './public.decorator';
import { SEARCH_READ_KEY } from './search-read.decorator';
import { ROLES_KEY } from './roles.decorator';

export interface RouteAccess {
  method: string;
  path: string;
  controller: string;
  handler: string;
  /** Roles of which the caller needs one; empty when any authenticated caller may call it. */
  roles: string[];
  public: boolean;
  /** Why the route is kept from the auditor (@ConfidentialRead), or null. */
  confidential: string | null;
  /** A POST that only reads (@SearchRead): its criteria travel in the body. */
  searchRead: boolean;
  /** The status of a success unless the handler sets another: @HttpCode, else 201 for POST and 200 otherwise. */
  successStatus: number;
}

type Type = abstract new (...args: never[]) => unknown;
type ModuleRef = Type | { module: Type; imports?: unknown[]; controllers?: Type[] } | { forwardRef: () => unknown } | Promise<unknown>;

/** The controllers of a Nest module tree, dynamic modules included, read from metadata. */
export function controllersOf(root: unknown): Type[] {
  const seen = new Set<unknown>();
  const controllers = new Set<Type>();
  const visit = (ref: unknown): void => {
    if (!ref || seen.has(ref) || ref instanceof Promise) return;
    seen.add(ref);
    if (typeof ref === 'object' && 'forwardRef' in (ref as object)) return visit((ref as { forwardRef: () => unknown }).forwardRef());
    if (typeof ref === 'object' && 'module' in (ref as object)) {
      const dynamic = ref as { module: Type; imports?: unknown[]; controllers?: Type[] };
      (dynamic.controllers ?? []).forEach((c) => controllers.add(c));
      (dynamic.imports ?? []).forEach(visit);
      return visit(dynamic.module);
    }
    if (typeof ref !== 'function') return;
    ((Reflect.getMetadata(MODULE_METADATA.CONTROLLERS, ref) as Type[] | undefined) ?? []).forEach((c) => controllers.add(c));
    ((Reflect.getMetadata(MODULE_METADATA.IMPORTS, ref) as ModuleRef[] | undefined) ?? []).forEach(visit);
  };
  visit(root);
  return [...controllers];
}

function joinPath(...parts: string[]): string {
  const joined = parts
    .flatMap((p) => p.split('/'))
    .filter(Boolean)
    .join('/');
  return `/${joined}`;
}

/** Every HTTP route declared under `rootModule`, sorted by path then method. */
export function routeMatrix(rootModule: unknown): RouteAccess[] {
  const rows: RouteAccess[] = [];
  for (const controller of controllersOf(rootModule)) {
    const base = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
    const proto = (controller as unknown as { prototype: Record<string, unknown> }).prototype;
    for (const name of Object.getOwnPropertyNames(proto)) {
      const handler = proto[name];
      if (name === 'constructor' || typeof handler !== 'function') continue;
      const path = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
      const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
      if (path === undefined || method === undefined) continue;
      const roles = (Reflect.getMetadata(ROLES_KEY, handler) ?? Reflect.getMetadata(ROLES_KEY, controller) ?? []) as string[];
      const isPublic = Boolean(Reflect.getMetadata(IS_PUBLIC_KEY, handler) ?? Reflect.getMetadata(IS_PUBLIC_KEY, controller));
      const confidential = (Reflect.getMetadata(CONFIDENTIAL_READ_KEY, handler) as string | undefined) ?? null;
      const searchRead = Reflect.getMetadata(SEARCH_READ_KEY, handler) === true;
      const successStatus = (Reflect.getMetadata(HTTP_CODE_METADATA, handler) as number | undefined) ?? (method === RequestMethod.POST ? 201 : 200);
      for (const p of Array.isArray(path) ? path : [path]) {
        rows.push({ method: RequestMethod[method], path: joinPath(base, p), controller: controller.name, handler: name, roles: [...roles], public: isPublic, confidential, searchRead, successStatus });
      }
    }
  }
  return rows.sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
}

export const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Whether a route may change something: a write method, unless it is a search that only reads. */
export const isWrite = (route: Pick<RouteAccess, 'method' | 'searchRead'>): boolean => WRITE_METHODS.has(route.method) && !route.searchRead;

/** Whether a route reads: GET, or a search made with POST (@SearchRead). */
export const isRead = (route: Pick<RouteAccess, 'method' | 'searchRead'>): boolean => route.method === 'GET' || route.searchRead;
