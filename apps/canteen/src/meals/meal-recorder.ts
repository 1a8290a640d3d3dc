import { envInt } from '@app/common/config/env';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ClosedMonths } from '../settlements/closed-months';
import { DAY_COUNTS, EXPLAIN_CLASHES, INSERT, LOCK_DAYS, LOOK_UP } from './meal-batch.sql';
import { refuse, sameRequest } from './meal-refusals';
import { checkedDiner, fullPrice, priced, toMeal, type ClaimedSlot, type DinerFacts, type MealRow, type PendingMeal } from './meal-row';
import type { Meal } from './meal.entity';
import { FULL_PRICE_DAILY_CAP, withinDailyCap } from './rules/daily-cap.rule';
import { SubsidyClaimGuard } from './subsidy-claim.guard';

export const FULL_PRICE_ALREADY_SUBSIDISED = 'ALREADY_SUBSIDISED_IN_SLOT';
export type { PendingMeal } from './meal-row';

interface Waiting extends PendingMeal {
  resolve: (meal: Meal) => void;
  reject: (err: unknown) => void;
}

interface Work {
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

const dayLockKey = (residentId: string, date: string): string => `canteen-day:${residentId}:${date}`;
const slotKey = (r: Pick<MealRow, 'residentId' | 'mealDate' | 'slot'>): string => `${r.residentId}:${r.mealDate}:${r.slot}`;

/**
 * Group commit of meal recordings. Requests that arrive while batches are being written wait for
 * the next one, so that N concurrent meals cost three round trips together (one look-up statement,
 * one Redis pipeline of SET NX, one multi-row INSERT that writes the audit rows too and commits by
 * itself) instead of N transactions of a dozen statements each. A lone request is written at once:
 * batching adds no waiting time, it fills the time a commit takes anyway.
 *
 * The guarantees are those of one meal per transaction: the partial unique index still decides the
 * slot's single subsidy (a clash is stored at full price), the settlement row lock keeps meals out
 * of an approval in progress (see INSERT), the person-day locks keep the daily cap (a transaction
 * then), and a meal's promise is settled only once its row is committed. A batch that fails is
 * retried one meal at a time for the meals it did not store, so one bad meal cannot fail the others.
 */
@Injectable()
export class MealRecorder {
  private readonly logger = new Logger(MealRecorder.name);
  private readonly queue: Waiting[] = [];
  private inFlight = 0;
  /**
   * Batches written at the same time. Normally one: the requests that arrive while it commits form
   * the next, larger batch, which costs less CPU per meal than two half-size batches. Another starts
   * beside it only when the newest has been in flight for `stallMs` (waiting on a settlement row
   * locked by an approval, or another replica's person-day lock), so a stuck batch never stops
   * every meal of the instance.
   */
  private readonly maxInFlight = envInt('MEAL_BATCH_IN_FLIGHT', 2);
  private readonly stallMs = envInt('MEAL_BATCH_STALL_MS', 20);
  private readonly maxBatch = envInt('MEAL_BATCH_MAX', 256);
  private newestStartedAt = 0;
  private stallTimer: NodeJS.Timeout | undefined;
  /**
   * Card number -> resident ID of diners seen. Both are fixed for the life of a diner row (no
   * endpoint changes them and rows are never deleted), so the map needs no invalidation; it only
   * lets a batch know a slot's Redis key before the look-up returns.
   */
  private readonly residentByCard = new Map<string, string>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly guard: SubsidyClaimGuard,
    private readonly closedMonths: ClosedMonths,
  ) {}

  record(pending: PendingMeal): Promise<Meal> {
    return new Promise<Meal>((resolve, reject) => {
      this.queue.push({ ...pending, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.inFlight < this.maxInFlight && this.queue.length > 0) {
      if (this.inFlight > 0) {
        const waited = Date.now() - this.newestStartedAt;
        if (waited < this.stallMs) {
          this.pumpAgainIn(this.stallMs - waited);
          return;
        }
      }
      const batch = this.queue.splice(0, this.maxBatch);
      this.inFlight += 1;
      this.newestStartedAt = Date.now();
      void this.flush(batch)
        // A bug past the per-meal handling must not leave requests hanging (settled ones ignore it).
        .catch((err: unknown) => batch.forEach((item) => item.reject(err)))
        .finally(() => {
          this.inFlight -= 1;
          this.pump();
        });
    }
  }

  /** Looks again once the newest batch has been in flight for `stallMs` (one timer at a time). */
  private pumpAgainIn(ms: number): void {
    if (this.stallTimer) return;
    this.stallTimer = setTimeout(() => {
      this.stallTimer = undefined;
      this.pump();
    }, ms);
  }

  private async flush(batch: Waiting[]): Promise<void> {
    const failed = await this.write(batch);
    if (failed.length === 0) return;
    if (batch.length === 1) {
      failed[0].item.reject(failed[0].error);
      return;
    }
    this.logger.warn(`meal batch of ${batch.length} failed for ${failed.length}, writing those one by one: ${(failed[0].error as Error).message}`);
    await Promise.all(
      failed.map(async ({ item }) => {
        const [again] = await this.write([item]);
        if (again) item.reject(again.error);
      }),
    );
  }

  /**
   * Writes a batch and settles the promise of every meal decided; returns those left undecided by
   * an error (nothing of theirs is stored). Without a daily cap no transaction is needed: the
   * look-up only reads, and the INSERT is one atomic statement. With a cap the batch is one
   * transaction, so that the person-day locks hold from the count to the insert.
   */
  private async write(batch: Waiting[]): Promise<Array<{ item: Waiting; error: unknown }>> {
    const works: Work[] = batch.map((item) => ({ item }));
    const transactional = batch.some((item) => item.cap !== null);
    let failure: unknown;
    try {
      if (transactional) await this.dataSource.transaction((manager) => this.decideAndInsert(manager, works));
      else await this.decideAndInsert(this.dataSource.manager, works);
    } catch (err) {
      failure = err;
      // A rolled-back transaction stored nothing; without one, only the rows already returned are stored.
      for (const work of works) if (transactional || !(work.outcome && 'meal' in work.outcome && work.stored)) work.outcome = undefined;
    }
    const failed: Array<{ item: Waiting; error: unknown }> = [];
    for (const work of works) {
      const outcome = work.sameKeyAs ? followOutcome(work) : work.outcome;
      if (!outcome) failed.push({ item: work.item, error: failure ?? new Error('meal batch left a meal undecided') });
      else if ('meal' in outcome) work.item.resolve(outcome.meal);
      else work.item.reject(outcome.error);
    }
    // A claim whose meal did not get the subsidy (daily cap, refusal, failure) gives the slot back.
    await this.releaseClaims(works.filter((w) => w.claimed && !(w.outcome && 'meal' in w.outcome && w.outcome.meal.subsidised)));
    return failed;
  }

  private async decideAndInsert(manager: EntityManager, works: Work[]): Promise<void> {
    for (const work of works) {
      work.outcome = undefined;
      work.row = undefined;
      work.claimed = undefined;
      work.claimedSlot = undefined;
      work.sameKeyAs = undefined;
      work.stored = undefined;
    }
    const byKey = new Map<string, Work>();
    for (const work of works) {
      const key = work.item.idempotencyKey;
      if (!key) continue;
      const first = byKey.get(key);
      if (first) work.sameKeyAs = first;
      else byKey.set(key, work);
    }
    const leaders = works.filter((w) => !w.sameKeyAs);
    // The Redis claims go out with the look-up rather than after it: for a resident ID given or a
    // card seen before, the slot's key is known before the diner is read (a wasted claim, for a
    // meal that turns out not to be subsidised, is given back after the batch).
    const early = this.earlyClaims(leaders);
    const [[found], claims] = await Promise.all([
      manager.query<Array<{ diners: DinerFacts[]; earlier: Array<Record<string, unknown>>; taken: string[] }>>(LOOK_UP, [
        unique(leaders.map((w) => w.item.dto.cardNumber)),
        unique(leaders.map((w) => w.item.dto.residentId)),
        [...byKey.keys()],
        leaders.map((w) => w.item.dto.cardNumber ?? null),
        leaders.map((w) => w.item.dto.residentId ?? null),
        leaders.map((w) => w.item.mealDate),
        leaders.map((w) => w.item.dto.slot),
      ]),
      this.claim(early.map((e) => e.slot)),
    ]);
    early.forEach((e, i) => {
      e.work.claimed = claims[i];
      e.work.claimedSlot = e.slot;
    });
    for (const d of found.diners) this.residentByCard.set(d.cardNumber, d.residentId);
    const byCard = new Map(found.diners.map((d) => [d.cardNumber, d]));
    const byResident = new Map(found.diners.map((d) => [d.residentId, d]));
    const earlier = new Map(found.earlier.map((m) => [m.idempotencyKey as string, toMeal(m)]));
    const taken = new Set(found.taken);

    for (const work of leaders) {
      const { item } = work;
      const stored = item.idempotencyKey ? earlier.get(item.idempotencyKey) : undefined;
      if (stored) {
        settle(work, () => sameRequest(stored, item.dto));
        continue;
      }
      const diner = item.dto.cardNumber ? byCard.get(item.dto.cardNumber) : byResident.get(item.dto.residentId!);
      settle(work, () => {
        work.row = priced(item, checkedDiner(item, diner));
        return undefined;
      });
    }

    const live = leaders.filter((w) => w.row);
    if (live.length === 0) return;
    // One candidate per slot in the batch; a slot the database shows taken gets no candidate.
    const subsidisedInBatch = new Set<string>();
    for (const work of live) {
      if (!work.row!.subsidised) continue;
      const slot = slotKey(work.row!);
      if (subsidisedInBatch.has(slot) || taken.has(slot)) work.row = fullPrice(work.row!, FULL_PRICE_ALREADY_SUBSIDISED);
      else subsidisedInBatch.add(slot);
    }
    const candidates = live.filter((w) => w.row!.subsidised);
    // Candidates whose card was not known yet claim now.
    const late = candidates.filter((w) => !w.claimedSlot || slotKey(w.claimedSlot) !== slotKey(w.row!));
    if (late.length > 0) {
      const lateSlots = late.map((w) => ({ residentId: w.row!.residentId, mealDate: w.row!.mealDate, slot: w.row!.slot }));
      const lateClaims = await this.claim(lateSlots);
      late.forEach((w, i) => {
        w.claimed = lateClaims[i];
        w.claimedSlot = lateSlots[i];
      });
    }
    // Redis says "taken" where the database does not: a claim whose meal was never stored lingers,
    // or a concurrent batch is storing the slot's subsidy. Either way the meal stays a candidate and
    // the unique index decides; the claims are the guard across replicas, the look-up within.

    const capped = candidates.filter((w) => w.item.cap !== null);
    if (capped.length > 0) {
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
    await this.insert(manager, live);
  }

  /**
   * Inserts the rows. A row not inserted is in an approved month (refused), is a retry stored by
   * someone else (replayed), or lost its slot's subsidy to a concurrent claim (stored at full price).
   */
  private async insert(manager: EntityManager, works: Work[]): Promise<void> {
    let pending = works;
    for (let round = 0; pending.length > 0; round += 1) {
      if (round === 3) throw new Error('meal insert kept clashing');
      const rows = pending.map((w) => w.row!);
      const inserted = await manager.query<Array<{ id: string; created_at: Date }>>(INSERT, [
        rows.map((r) => r.id),
        rows.map((r) => r.canteenId),
        rows.map((r) => r.dinerId),
        rows.map((r) => r.residentId),
        rows.map((r) => r.slot),
        rows.map((r) => r.mealDate),
        rows.map((r) => r.servedAt),
        rows.map((r) => r.tier),
        rows.map((r) => r.subsidised),
        rows.map((r) => r.subsidyFen),
        rows.map((r) => r.fullPriceReason),
        rows.map((r) => r.idempotencyKey),
        rows.map((r) => r.recordedBy),
        pending.map((w) => w.item.actor.sub),
        pending.map((w) => w.item.actor.roles.join(',')),
        pending.map((w) => w.item.actor.division),
        pending.map((w) => w.item.correlationId),
        unique(rows.map((r) => `${r.canteenId}:${r.mealDate.slice(0, 7)}`)),
      ]);
      const createdAt = new Map(inserted.map((r) => [r.id, r.created_at]));
      const clashed: Work[] = [];
      for (const work of pending) {
        const at = createdAt.get(work.row!.id);
        if (at) {
          work.outcome = { meal: { ...work.row!, createdAt: at } };
          work.stored = true;
        } else clashed.push(work);
      }
      pending = [];
      if (clashed.length === 0) break;
      const [why] = await manager.query<Array<{ closed: string[]; earlier: Array<Record<string, unknown>> }>>(EXPLAIN_CLASHES, [
        unique(clashed.map((w) => `${w.row!.canteenId}:${w.row!.mealDate.slice(0, 7)}`)),
        unique(clashed.map((w) => w.row!.idempotencyKey)),
      ]);
      const closed = new Set(why.closed);
      const replays = new Map(why.earlier.map((m) => [m.idempotencyKey as string, toMeal(m)]));
      for (const work of clashed) {
        const row = work.row!;
        const month = row.mealDate.slice(0, 7);
        const replay = row.idempotencyKey ? replays.get(row.idempotencyKey) : undefined;
        if (replay) settle(work, () => sameRequest(replay, work.item.dto));
        else if (closed.has(`${row.canteenId}:${month}`)) {
          this.closedMonths.add(row.canteenId, month);
          work.outcome = { error: refuse(409, 'MEAL.MONTH_CLOSED', `the settlement of ${month} is approved for this canteen`) };
        } else if (row.subsidised) pending.push(Object.assign(work, { row: fullPrice(row, FULL_PRICE_ALREADY_SUBSIDISED) }));
        else throw new Error(`meal ${row.id} was not stored and nothing explains why`);
      }
    }
  }

  /** The first request per slot of the batch whose resident ID is known before the look-up. */
  private earlyClaims(leaders: Work[]): Array<{ work: Work; slot: ClaimedSlot }> {
    const seen = new Set<string>();
    const early: Array<{ work: Work; slot: ClaimedSlot }> = [];
    for (const work of leaders) {
      const { dto, mealDate } = work.item;
      const residentId = dto.residentId ?? (dto.cardNumber ? this.residentByCard.get(dto.cardNumber) : undefined);
      if (!residentId) continue;
      const slot = { residentId, mealDate, slot: dto.slot };
      if (seen.has(slotKey(slot))) continue;
      seen.add(slotKey(slot));
      early.push({ work, slot });
    }
    return early;
  }

  /** SET NX per slot in one pipeline; Redis being away only costs speed (false: the database decides). */
  private async claim(slots: ClaimedSlot[]): Promise<boolean[]> {
    if (slots.length === 0) return [];
    try {
      return await this.guard.claimMany(slots);
    } catch (err) {
      this.logger.warn(`subsidy guard unavailable, relying on the database: ${(err as Error).message}`);
      return slots.map(() => false);
    }
  }

  private async releaseClaims(works: Work[]): Promise<void> {
    if (works.length === 0) return;
    await this.guard.releaseMany(works.map((w) => w.claimedSlot!)).catch(() => undefined);
  }
}

function unique<T>(values: Array<T | undefined | null>): T[] {
  return [...new Set(values.filter((v): v is T => v !== undefined && v !== null))];
}

function settle(work: Work, decide: () => Meal | undefined): void {
  try {
    const meal = decide();
    if (meal) work.outcome = { meal };
  } catch (error) {
    work.outcome = { error };
    work.row = undefined;
  }
}

function followOutcome(work: Work): Work['outcome'] {
  const leader = work.sameKeyAs!.outcome;
  if (!leader || !('meal' in leader)) return leader;
  try {
    return { meal: sameRequest(leader.meal, work.item.dto) };
  } catch (error) {
    return { error };
  }
}
