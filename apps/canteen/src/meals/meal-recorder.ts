import { GroupCommitQueue } from '@app/common/batching/group-commit-queue';
import { envInt } from '@app/common/config/env';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ClosedMonths } from '../settlements/closed-months';
import { EXPLAIN_CLASHES, INSERT, LOOK_UP } from './meal-batch.sql';
import {
  applyDailyCaps,
  FULL_PRICE_ALREADY_SUBSIDISED,
  followOutcome,
  groupByIdempotencyKey,
  keepOneSubsidyPerSlot,
  settle,
  slotKey,
  unique,
  type LookedUp,
  type Waiting,
  type Work,
} from './meal-batch-work';
import { refuse, sameRequest } from './meal-refusals';
import { checkedDiner, fullPrice, priced, toMeal, type ClaimedSlot, type PendingMeal } from './meal-row';
import type { Meal } from './meal.entity';
import { SubsidyClaimGuard } from './subsidy-claim.guard';

export { FULL_PRICE_ALREADY_SUBSIDISED } from './meal-batch-work';
export type { PendingMeal } from './meal-row';

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
  /**
   * One batch in flight normally; another beside it only when the newest has waited `stallMs`
   * (on a settlement row locked by an approval, or another replica's person-day lock).
   */
  private readonly commits = new GroupCommitQueue<Waiting>(
    'meal',
    (batch) => this.write(batch),
    { maxInFlight: envInt('MEAL_BATCH_IN_FLIGHT', 2), stallMs: envInt('MEAL_BATCH_STALL_MS', 20), maxBatch: envInt('MEAL_BATCH_MAX', 256) },
    this.logger,
  );
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
    return this.recordAll([pending])[0];
  }

  /**
   * Meals of one request (a batch of a canteen's day) go into one write, in their order: the first
   * of them in a slot is the subsidy's candidate, as the first of a write always is.
   */
  recordAll(pending: readonly PendingMeal[]): Array<Promise<Meal>> {
    const waiting: Waiting[] = [];
    const meals = pending.map((p) => new Promise<Meal>((resolve, reject) => waiting.push({ ...p, resolve, reject })));
    this.commits.pushAll(waiting);
    return meals;
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

  /** The batch's decisions, in order: look up, price, one subsidy per slot, claims, daily cap, insert. */
  private async decideAndInsert(manager: EntityManager, works: Work[]): Promise<void> {
    const byKey = groupByIdempotencyKey(works);
    const leaders = works.filter((w) => !w.sameKeyAs);
    const found = await this.lookUpAndClaim(manager, leaders, [...byKey.keys()]);
    this.priceOrReplay(leaders, found);
    const live = leaders.filter((w) => w.row);
    if (live.length === 0) return;
    const candidates = keepOneSubsidyPerSlot(live, new Set(found.taken));
    await this.claimLate(candidates);
    await applyDailyCaps(manager, candidates.filter((w) => w.item.cap !== null));
    await this.insert(manager, live);
  }

  /**
   * Diners, earlier meals with the same keys and slots already subsidised, in one statement. The
   * Redis claims go out with it rather than after it: for a resident ID given or a card seen before,
   * the slot's key is known before the diner is read (a wasted claim, for a meal that turns out not
   * to be subsidised, is given back after the batch).
   */
  private async lookUpAndClaim(manager: EntityManager, leaders: Work[], keys: string[]): Promise<LookedUp> {
    const early = this.earlyClaims(leaders);
    const [[found], claims] = await Promise.all([
      manager.query<LookedUp[]>(LOOK_UP, [
        unique(leaders.map((w) => w.item.dto.cardNumber)),
        unique(leaders.map((w) => w.item.dto.residentId)),
        keys,
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
    return found;
  }

  /** A retried key answers its stored meal; every other request gets its priced row or its refusal. */
  private priceOrReplay(leaders: Work[], found: LookedUp): void {
    const byCard = new Map(found.diners.map((d) => [d.cardNumber, d]));
    const byResident = new Map(found.diners.map((d) => [d.residentId, d]));
    const earlier = new Map(found.earlier.map((m) => [m.idempotencyKey as string, toMeal(m)]));
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
  }

  /**
   * Candidates whose card was not known yet claim now. Redis saying "taken" where the database
   * does not (a claim whose meal was never stored lingers, or a concurrent batch is storing the
   * slot's subsidy) leaves the meal a candidate: the unique index decides; the claims are the guard
   * across replicas, the look-up within.
   */
  private async claimLate(candidates: Work[]): Promise<void> {
    const late = candidates.filter((w) => !w.claimedSlot || slotKey(w.claimedSlot) !== slotKey(w.row!));
    if (late.length === 0) return;
    const lateSlots = late.map((w) => ({ residentId: w.row!.residentId, mealDate: w.row!.mealDate, slot: w.row!.slot }));
    const lateClaims = await this.claim(lateSlots);
    late.forEach((w, i) => {
      w.claimed = lateClaims[i];
      w.claimedSlot = lateSlots[i];
    });
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
      if (clashed.length === 0) break;
      pending = await this.explainClashes(manager, clashed);
    }
  }

  /**
   * Why rows were not inserted: a replay of a key stored meanwhile answers that meal, an approved
   * month refuses, and a subsidy lost to a concurrent claim is returned to be stored at full price.
   */
  private async explainClashes(manager: EntityManager, clashed: Work[]): Promise<Work[]> {
    const [why] = await manager.query<Array<{ closed: string[]; earlier: Array<Record<string, unknown>> }>>(EXPLAIN_CLASHES, [
      unique(clashed.map((w) => `${w.row!.canteenId}:${w.row!.mealDate.slice(0, 7)}`)),
      unique(clashed.map((w) => w.row!.idempotencyKey)),
    ]);
    const closed = new Set(why.closed);
    const replays = new Map(why.earlier.map((m) => [m.idempotencyKey as string, toMeal(m)]));
    const again: Work[] = [];
    for (const work of clashed) {
      const row = work.row!;
      const month = row.mealDate.slice(0, 7);
      const replay = row.idempotencyKey ? replays.get(row.idempotencyKey) : undefined;
      if (replay) settle(work, () => sameRequest(replay, work.item.dto));
      else if (closed.has(`${row.canteenId}:${month}`)) {
        this.closedMonths.add(row.canteenId, month);
        work.outcome = { error: refuse(409, 'MEAL.MONTH_CLOSED', `the settlement of ${month} is approved for this canteen`) };
      } else if (row.subsidised) again.push(Object.assign(work, { row: fullPrice(row, FULL_PRICE_ALREADY_SUBSIDISED) }));
      else throw new Error(`meal ${row.id} was not stored and nothing explains why`);
    }
    return again;
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
