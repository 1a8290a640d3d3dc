// Which service consumes which event, read from the `@OnEvent(...)` and `@OnEventBatch(...)` handlers
// in apps/<service>/src.
// The AsyncAPI document lists them as receive operations. Read from the source rather than by
// booting every service: the decorator takes literal routing keys (typed against the EventMap),
// and a key outside the EventMap stops a service at start-up, so the literals are the truth.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ROUTING_KEYS, SERVICE_NAMES, type RoutingKey, type ServiceName } from '@app/contracts';

const APPS = resolve(__dirname, '../apps');
const HANDLER = /@OnEvent(?:Batch)?\(([^)]*)\)/g;
const KEY = /'([^']+)'/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !/\.(spec|int-spec|typecheck)\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** The routing keys one service's handlers are bound to, sorted. */
export function keysConsumedBy(service: ServiceName): RoutingKey[] {
  const keys = new Set<string>();
  for (const file of sourceFiles(join(APPS, service, 'src'))) {
    for (const [, args] of readFileSync(file, 'utf8').matchAll(HANDLER)) for (const [, key] of args.matchAll(KEY)) keys.add(key);
  }
  const unknown = [...keys].filter((key) => !(ROUTING_KEYS as readonly string[]).includes(key));
  if (unknown.length > 0) throw new Error(`${service} handles keys outside the EventMap: ${unknown.join(', ')}`);
  return ([...keys] as RoutingKey[]).sort();
}

/** Every event's consuming services, in the order of SERVICE_NAMES. */
export function eventConsumers(): Map<RoutingKey, ServiceName[]> {
  const consumers = new Map<RoutingKey, ServiceName[]>(ROUTING_KEYS.map((key) => [key, []]));
  for (const service of SERVICE_NAMES) for (const key of keysConsumedBy(service)) consumers.get(key)!.push(service);
  return consumers;
}
