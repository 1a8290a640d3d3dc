// The platform's ids of the reference canteens (by code), in the order of referenceCanteens(): read
// once and kept in the drive's refs, so a resumed year does not ask again.
import type { DriveContext } from '../context';
import { referenceCanteens } from '../reference';

const reading = new WeakMap<object, Promise<string[]>>();
const refKey = (code: string): string => `canteen:${code}`;

async function read(ctx: DriveContext): Promise<string[]> {
  const res = await ctx.api.call('canteen', 'GET', '/api/v1/canteens?pageSize=100', 'clerk');
  if (res.status !== 200) throw new Error(`the canteens could not be read: ${res.status} ${res.text.slice(0, 300)}`);
  const byCode = new Map((res.body as { items: Array<{ id: string; code: string | null }> }).items.map((c) => [c.code, c.id]));
  const missing = referenceCanteens().filter((c) => !byCode.has(c.code));
  if (missing.length > 0) throw new Error(`the platform lacks the reference canteens ${missing.map((c) => c.code).join(', ')}: load the reference data first`);
  for (const c of referenceCanteens()) ctx.refs[refKey(c.code)] = byCode.get(c.code)!;
  return referenceCanteens().map((c) => byCode.get(c.code)!);
}

export function canteenIds(ctx: DriveContext): Promise<string[]> {
  const known = referenceCanteens().map((c) => ctx.refs[refKey(c.code)]);
  if (known.every((id) => id !== undefined)) return Promise.resolve(known);
  const pending = reading.get(ctx.refs) ?? read(ctx);
  reading.set(ctx.refs, pending);
  return pending;
}
