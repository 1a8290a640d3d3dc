import type { Principal } from '@app/common/auth/claims';
import { assertWithinDivision } from '@app/common/auth/division-scope';
import { currentCorrelationId } from '@app/common/logging/request-context';
import { PolicyService } from '@app/common/policy/policy.service';
import { Clock, shanghaiDate } from '@app/common/time/clock';
import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { CanteenCache } from '../canteens/canteen-cache';
import type { Canteen } from '../canteens/canteen.entity';
import type { CanteenPolicies } from '../policy-catalogue';
import { ClosedMonths } from '../settlements/closed-months';
import type { RecordMealDto } from './dto/record-meal.dto';
import { Meal } from './meal.entity';
import { MealRecorder, type PendingMeal } from './meal-recorder';
import { lineKey, type LineOutcome } from './meal-batch-lines';
import { refuse, requestProblem, sameRequest } from './meal-refusals';
import { MEAL_DAILY_CAP_POLICY_KEY } from './rules/daily-cap.rule';
import { MEAL_SLOT_WINDOWS_POLICY_KEY, mealSlotProblem, slotWindowProblem } from './rules/meal-slot.rule';
import { MEAL_SUBSIDY_POLICY_KEY } from './rules/meal-tier.rule';

export { FULL_PRICE_ALREADY_SUBSIDISED } from './meal-recorder';
export { FULL_PRICE_NOT_ELIGIBLE } from './rules/meal-tier.rule';

/** A terminal clock a few minutes fast is normal; a meal from tomorrow is not. */
const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;

@Injectable()
export class MealsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly policy: PolicyService<CanteenPolicies>,
    private readonly canteens: CanteenCache,
    private readonly closedMonths: ClosedMonths,
    private readonly recorder: MealRecorder,
  ) {}

  /**
   * Records a meal. The subsidy goes to the first claim of the person's slot that day across all
   * canteens (and within the daily cap, where one is in force); later claims are stored at full
   * price with the reason. A repeated idempotency key returns the meal stored the first time.
   */
  async record(dto: RecordMealDto, idempotencyKey: string | undefined, actor: Principal): Promise<Meal> {
    const problem = requestProblem(dto);
    if (problem) throw refuse(400, problem.code, problem.message, problem.field);
    const [outcome] = await this.recordLines([{ dto, key: idempotencyKey ?? null }], actor);
    if ('error' in outcome) throw outcome.error;
    return outcome.meal;
  }

  /**
   * Records the meals of a batch, each as `record` would with the key `lineKey(batchKey, i)`, and
   * answers what became of each. The caller has checked every line on its face (envelopeProblem).
   */
  recordBatch(meals: readonly RecordMealDto[], batchKey: string, actor: Principal): Promise<LineOutcome[]> {
    return this.recordLines(meals.map((dto, i) => ({ dto, key: lineKey(batchKey, i) })), actor);
  }

  /**
   * The lines go to the recorder together, so that its group commit writes them in one batch, in
   * their order (MealRecorder.recordAll). A line refused before it reaches the recorder may be the
   * retry of a meal stored before the refusal arose (a month approved since): it gets its meal.
   */
  private async recordLines(lines: ReadonlyArray<{ dto: RecordMealDto; key: string | null }>, actor: Principal): Promise<LineOutcome[]> {
    const canteens = await this.canteensOf(lines.map((l) => l.dto.canteenId));
    const prepared = await Promise.all(
      lines.map((l) => this.prepare(l.dto, l.key, actor, canteens.get(l.dto.canteenId) ?? null).then((pending) => ({ pending }), (error: unknown) => ({ error }))),
    );
    const refusedKeys = lines.flatMap((l, i) => ('error' in prepared[i] && l.key ? [l.key] : []));
    const stored = refusedKeys.length === 0 ? [] : await this.dataSource.getRepository(Meal).findBy({ idempotencyKey: In(refusedKeys) });
    const earlier = new Map(stored.map((m) => [m.idempotencyKey!, m]));
    const recorded = this.recorder.recordAll(prepared.flatMap((p) => ('pending' in p ? [p.pending] : [])));
    const meals = prepared.map((p) => ('pending' in p ? recorded.shift()! : null));
    return Promise.all(
      prepared.map(async (p, i): Promise<LineOutcome> => {
        if ('pending' in p) return meals[i]!.then((meal) => ({ meal }), (error: unknown) => ({ error }));
        const replay = lines[i].key ? earlier.get(lines[i].key) : undefined;
        if (!replay) return { error: p.error };
        try {
          return { meal: sameRequest(replay, lines[i].dto) };
        } catch (error) {
          return { error };
        }
      }),
    );
  }

  /** The canteens the lines name, each read once (a miss is not cached, and a batch names few canteens many times). */
  private async canteensOf(ids: readonly string[]): Promise<Map<string, Canteen>> {
    const distinct = [...new Set(ids)];
    const found = await Promise.all(distinct.map((id) => this.canteens.get(id)));
    return new Map(distinct.flatMap((id, i) => (found[i] ? [[id, found[i]] as const] : [])));
  }

  async get(id: string): Promise<Meal> {
    const meal = await this.dataSource.getRepository(Meal).findOneBy({ id });
    if (!meal) throw refuse(404, 'MEAL.NOT_FOUND', `no meal ${id}`);
    return meal;
  }

  /**
   * Every check that needs no transaction beyond the request's face (requestProblem): the
   * canteen, the slot, its time window and the policy values in force. Policy rows are read here,
   * outside any transaction, from PolicyService's cache (and each value is checked once per cache
   * period).
   * No subsidy tiers in force on the meal's date: 503 POLICY.NOT_IN_FORCE.
   */
  private async prepare(dto: RecordMealDto, idempotencyKey: string | null, actor: Principal, canteen: Canteen | null): Promise<PendingMeal> {
    const servedAt = new Date(dto.servedAt);
    if (servedAt.getTime() > this.clock.now().getTime() + FUTURE_TOLERANCE_MS) {
      throw refuse(422, 'MEAL.SERVED_IN_FUTURE', 'servedAt is in the future', 'servedAt');
    }
    const mealDate = shanghaiDate(servedAt);
    if (!canteen) throw refuse(404, 'CANTEEN.NOT_FOUND', `no canteen ${dto.canteenId}`, 'canteenId');
    assertWithinDivision(actor, canteen.region, 'canteenId');
    if (mealSlotProblem(canteen.slots, dto.slot)) throw refuse(422, 'MEAL.SLOT_NOT_OPEN', `the canteen does not serve ${dto.slot}`, 'slot');
    const windows = await this.policy.optional(MEAL_SLOT_WINDOWS_POLICY_KEY, mealDate);
    const window = windows && slotWindowProblem(windows, dto.slot, servedAt);
    if (window) throw refuse(422, 'MEAL.OUTSIDE_SLOT_WINDOW', `${dto.slot} is served from ${window.from} to ${window.to} (Asia/Shanghai)`, 'servedAt');
    const month = mealDate.slice(0, 7);
    if (this.closedMonths.has(canteen.id, month)) throw refuse(409, 'MEAL.MONTH_CLOSED', `the settlement of ${month} is approved for this canteen`);
    const tiers = await this.policy.require(MEAL_SUBSIDY_POLICY_KEY, mealDate);
    const cap = await this.policy.optional(MEAL_DAILY_CAP_POLICY_KEY, mealDate);
    return { dto, canteen, servedAt, mealDate, idempotencyKey, actor, correlationId: currentCorrelationId() ?? null, tiers, cap };
  }
}
