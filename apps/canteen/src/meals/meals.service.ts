import type { Principal } from '@app/common/auth/claims';
import { assertWithinDivision } from '@app/common/auth/division-scope';
import { currentCorrelationId } from '@app/common/logging/request-context';
import { PolicyService } from '@app/common/policy/policy.service';
import { Clock, shanghaiDate } from '@app/common/time/clock';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CanteenCache } from '../canteens/canteen-cache';
import type { CanteenPolicies } from '../policy-catalogue';
import { ClosedMonths } from '../settlements/closed-months';
import type { RecordMealDto } from './dto/record-meal.dto';
import { Meal } from './meal.entity';
import { MealRecorder, type PendingMeal } from './meal-recorder';
import { refuse, sameRequest } from './meal-refusals';
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
    let pending: PendingMeal;
    try {
      pending = await this.prepare(dto, idempotencyKey ?? null, actor);
    } catch (err) {
      // A retry of a meal stored before the refusal arose (a month approved since) gets its meal.
      if (idempotencyKey) {
        const earlier = await this.dataSource.getRepository(Meal).findOneBy({ idempotencyKey });
        if (earlier) return sameRequest(earlier, dto);
      }
      throw err;
    }
    return this.recorder.record(pending);
  }

  async get(id: string): Promise<Meal> {
    const meal = await this.dataSource.getRepository(Meal).findOneBy({ id });
    if (!meal) throw refuse(404, 'MEAL.NOT_FOUND', `no meal ${id}`);
    return meal;
  }

  /**
   * Every check that needs no transaction: the request itself, the canteen (cached), the slot,
   * its time window and the policy values in force. Policy rows are read here, outside any
   * transaction, from PolicyService's cache (and each value is checked once per cache period).
   * No subsidy tiers in force on the meal's date: 503 POLICY.NOT_IN_FORCE.
   */
  private async prepare(dto: RecordMealDto, idempotencyKey: string | null, actor: Principal): Promise<PendingMeal> {
    if (!dto.cardNumber === !dto.residentId) {
      throw refuse(400, 'MEAL.DINER_IDENTIFIER_REQUIRED', 'give exactly one of cardNumber and residentId', 'cardNumber');
    }
    const servedAt = new Date(dto.servedAt);
    if (Number.isNaN(servedAt.getTime())) throw refuse(400, 'MEAL.INVALID_SERVED_AT', 'servedAt is not a real instant', 'servedAt');
    if (servedAt.getTime() > this.clock.now().getTime() + FUTURE_TOLERANCE_MS) {
      throw refuse(422, 'MEAL.SERVED_IN_FUTURE', 'servedAt is in the future', 'servedAt');
    }
    const mealDate = shanghaiDate(servedAt);
    const canteen = await this.canteens.get(dto.canteenId);
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
