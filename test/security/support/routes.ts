// Finds the HTTP routes a running service really serves (Express's router, after Nest mounted
// everything) and what its OpenAPI document says their bodies look like, so that the bad-input
// tests cover routes added later without anyone listing them.
import type { INestApplication } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { RequestMethod } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { ROLES_KEY } from '@app/common/auth/roles.decorator';

export interface Route {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** Express path, e.g. `/api/v1/dibao/applications/:id/approve`. */
  path: string;
  params: string[];
}

interface Layer {
  route?: { path: string | string[]; methods: Record<string, boolean> };
}

/** Every route in the Express router of the app, one per path and method. */
export function expressRoutes(app: INestApplication): Route[] {
  const express = app.getHttpAdapter().getInstance() as { router?: { stack: Layer[] }; _router?: { stack: Layer[] } };
  const stack = (express.router ?? express._router)?.stack ?? [];
  const routes: Route[] = [];
  for (const layer of stack) {
    if (!layer.route) continue;
    for (const path of ([] as string[]).concat(layer.route.path)) {
      for (const [method, on] of Object.entries(layer.route.methods)) {
        if (!on || method === '_all') continue;
        routes.push({ method: method as Route['method'], path, params: [...path.matchAll(/:(\w+)/g)].map((m) => m[1]) });
      }
    }
  }
  return routes.sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
}

export const WRITES = new Set(['post', 'put', 'patch']);

/** The controllers' own declaration of their routes (Nest metadata), to cross-check discovery. */
export function declaredRoutes(app: INestApplication): { routes: string[]; roles: string[] } {
  const routes = new Set<string>();
  const roles = new Set<string>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => unknown) | null;
      if (!controller) continue;
      ((Reflect.getMetadata(ROLES_KEY, controller) as string[] | undefined) ?? []).forEach((r) => roles.add(r));
      const base = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
      for (const name of Object.getOwnPropertyNames(controller.prototype)) {
        const handler = (controller.prototype as Record<string, unknown>)[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        ((Reflect.getMetadata(ROLES_KEY, handler) as string[] | undefined) ?? []).forEach((r) => roles.add(r));
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        const path = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
        if (method === undefined || path === undefined) continue;
        for (const p of ([] as string[]).concat(path)) {
          const full = `/${[base, p].join('/').split('/').filter(Boolean).join('/')}`;
          routes.add(`${RequestMethod[method].toLowerCase()} ${full}`);
        }
      }
    }
  }
  return { routes: [...routes].sort(), roles: [...roles].sort() };
}

type Schema = { $ref?: string; type?: string; properties?: Record<string, Schema>; items?: Schema; example?: unknown; enum?: unknown[]; allOf?: Schema[]; oneOf?: Schema[]; format?: string };
export interface OpenApi {
  paths: Record<string, Record<string, { requestBody?: { content?: Record<string, { schema?: Schema }> }; parameters?: Array<{ name: string; in: string; example?: unknown; schema?: Schema }> }>>;
  components?: { schemas?: Record<string, Schema> };
}

/** `/a/:id/b` -> `/a/{id}/b`, as the OpenAPI document spells it. */
const openApiPath = (path: string): string => path.replace(/:(\w+)/g, '{$1}');

function exampleOf(schema: Schema | undefined, doc: OpenApi, depth = 0): unknown {
  if (!schema || depth > 6) return undefined;
  if (schema.$ref) return exampleOf(doc.components?.schemas?.[schema.$ref.split('/').pop()!], doc, depth + 1);
  if (schema.example !== undefined) return schema.example;
  if (schema.allOf?.length) return exampleOf(schema.allOf[0], doc, depth + 1);
  if (schema.enum?.length) return schema.enum[0];
  if (schema.type === 'array') {
    const item = exampleOf(schema.items, doc, depth + 1);
    return item === undefined ? [] : [item];
  }
  if (schema.properties) {
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(schema.properties)) {
      const value = exampleOf(child, doc, depth + 1);
      if (value !== undefined) out[key] = value;
    }
    return out;
  }
  if (schema.type === 'string') return schema.format === 'uuid' ? '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a01' : 'x';
  if (schema.type === 'integer' || schema.type === 'number') return 1;
  if (schema.type === 'boolean') return true;
  return undefined;
}

/** A body built from the examples of the route's documented request schema (`{}` when none). */
export function exampleBody(doc: OpenApi, route: Route): Record<string, unknown> {
  const operation = doc.paths[openApiPath(route.path)]?.[route.method];
  const content = operation?.requestBody?.content ?? {};
  const schema = (content['application/json'] ?? Object.values(content)[0])?.schema;
  const example = exampleOf(schema, doc);
  return example && typeof example === 'object' && !Array.isArray(example) ? (example as Record<string, unknown>) : {};
}

/** Query parameters of the route with their documented examples. */
export function exampleQuery(doc: OpenApi, route: Route): Record<string, string> {
  const operation = doc.paths[openApiPath(route.path)]?.[route.method];
  const query: Record<string, string> = {};
  for (const p of operation?.parameters ?? []) {
    if (p.in !== 'query') continue;
    const value = p.example ?? exampleOf(p.schema, doc);
    if (value !== undefined) query[p.name] = String(value);
  }
  return query;
}

/** The path with its parameters filled in (URL-encoded). */
export function fill(path: string, values: Record<string, string>): string {
  return path.replace(/:(\w+)/g, (_m, name: string) => encodeURIComponent(values[name] ?? 'x'));
}
