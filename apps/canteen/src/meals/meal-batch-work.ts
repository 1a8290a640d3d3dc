// What a meal recording batch decides per request, as plain data and functions: grouping by
// idempotency key, one subsidy per slot, the daily cap. MealRecorder runs them in order.
import type { EntityManager } from 'typeorm';
import { DAY_COUNTS, LOCK_DAYS } from './meal-batch.sql';
import { sameRequest } from './meal-refusals';
import { fullPrice, type ClaimedSlot, type DinerFacts, type MealRow, type PendingMeal } from './meal-row';
import type { Meal } from './meal.entity';
import { FULL_PRICE_DAILY_CAP, withinDailyCap } from './rules/daily-cap.rule';

export const FULL_PRICE_ALREADY_SUBSIDISED = 'ALREADY_SUBSIDISED_IN_SLOT';

export interface Waiting extends PendingMeal {
  resolve: (meal: Meal) => void;
  reject: (err: unknown) => void;
}

export interface Work {
  item: Waiting;
  row?: MealRow;
  outcome?: { meal: Meal } | { error: unknown };
  /** Redis SET NX answered OK for this item's slot. */
  claimed?: boolean;
  /** The slot claimed, kept even when the row is dropped later. */
  claimedSlot?: ClaimedSlot;
  /** Follows the first item of the batch with the same idempotency key. */
  sameKeyAs?: Work;
  /** The row is in the database (returned by the INSERT). */
  stored?: boolean;
}

export const dayLockKey = (residentId: string, date: string): string => `canteen-day:${residentId}:${date}`;
export const slotKey = (r: Pick<MealRow, 'residentId' | 'mealDate' | 'slot'>): string => `${r.residentId}:${r.mealDate}:${r.slot}`;

export interface LookedUp {
  diners: DinerFacts[];
  earlier: Array<Record<string, unknown>>;
  taken: string[];
}

/** Clears what an earlier try decided; later requests with a key follow the first one with it. */
export function groupByIdempotencyKey(works: Work[]): Map<string, Work> {
  const byKey = new Map<string, Work>();
  for (const work of works) {
    Object.assign(work, { outcome: undefined, row: undefined, claimed: undefined, claimedSlot: undefined, sameKeyAs: undefined, stored: undefined });
    const key = work.item.idempotencyKey;
    if (!key) continue;
    const first = byKey.get(key);
    if (first) work.sameKeyAs = first;
    else byKey.set(key, work);
  }
  return byKey;
}

/** One subsidy candidate per slot in the batch; a slot the database shows taken gets none. */
export function keepOneSubsidyPerSlot(live: Work[], taken: Set<string>): Work[] {
  const subsidisedInBatch = new Set<string>();
  for (const work of live) {
    if (!work.row!.subsidised) continue;
    const slot = slotKey(work.row!);
    if (subsidisedInBatch.has(slot) || taken.has(slot)) work.row = fullPrice(work.row!, FULL_PRICE_ALREADY_SUBSIDISED);
    else subsidisedInBatch.add(slot);
  }
  return live.filter((w) => w.row!.subsidised);
}

/** Person-day locks, then the day's count: the cap holds from the count to the insert (a transaction then). */
export async function applyDailyCaps(manager: EntityManager, capped: Work[]): Promise<void> {
  if (capped.length === 0) return;
  const days = unique(capped.map((w) => dayLockKey(w.row!.residentId, w.row!.mealDate))).sort();
  await manager.query(LOCK_DAYS, [days]);
  const pairs = unique(capped.map((w) => `${w.row!.residentId}:${w.row!.mealDate}`));
  const [counted] = await manager.query<Array<{ day_counts: Record<string, number> }>>(DAY_COUNTS, [pairs.map((p) => p.slice(0, 18)), pairs.map((p) => p.slice(19))]);
  const dayCounts = new Map(Object.entries(counted.day_counts).map(([k, n]) => [k, Number(n)]));
  for (const work of capped) {
    const day = `${work.row!.residentId}:${work.row!.mealDate}`;
    if (!withinDailyCap(dayCounts.get(day) ?? 0, work.item.cap)) work.row = fullPrice(work.row!, FULL_PRICE_DAILY_CAP);
    else dayCounts.set(day, (dayCounts.get(day) ?? 0) + 1);
  }
}

export function unique<T>(values: Array<T | undefined | null>): T[] {
  return [...new Set(values.filter((v): v is T => v !== undefined && v !== null))];
}

export function settle(work: Work, decide: () => Meal | undefined): void {
  try {
    const meal = decide();
    if (meal) work.outcome = { meal };
  } catch (error) {
    work.outcome = { error };
    work.row = undefined;
  }
}

export function followOutcome(work: Work): Work['outcome'] {
  const leader = work.sameKeyAs!.outcome;
  if (!leader || !('meal' in leader)) return leader;
  try {
    return { meal: sameRequest(leader.meal, work.item.dto) };
  } catch (error) {
    return { error };
  }
}
