// A meal request as it waits for its batch, and the pure steps that turn it into a meal row:
// the diner's refusals, the tier and the full-price variants.
import type { Principal } from '@app/common/auth/claims';
import { checkResidentId } from '@app/common/resident-id/resident-id';
import { randomUUID } from 'node:crypto';
import type { Canteen } from '../canteens/canteen.entity';
import { coveredOn, type EnrollmentSpell } from '@app/common/read-models/rules/enrollment-spells.rule';
import type { RecordMealDto } from './dto/record-meal.dto';
import type { Meal } from './meal.entity';
import { refuse } from './meal-refusals';
import type { DailyCapPolicy } from './rules/daily-cap.rule';
import { selectMealTier, type MealSubsidyPolicy } from './rules/meal-tier.rule';

/** A meal request that passed every check that needs no database, waiting for its batch. */
export interface PendingMeal {
  dto: RecordMealDto;
  canteen: Canteen;
  servedAt: Date;
  mealDate: string;
  idempotencyKey: string | null;
  actor: Principal;
  correlationId: string | null;
  tiers: MealSubsidyPolicy;
  cap: DailyCapPolicy | null;
}

/** A diner as the batch look-up returns it. */
export interface DinerFacts {
  id: string;
  residentId: string;
  cardNumber: string;
  active: boolean;
  localRegistration: boolean | null;
  died: string | null;
  periods: EnrollmentSpell[];
}

export type MealRow = Omit<Meal, 'createdAt'>;
export type ClaimedSlot = Pick<MealRow, 'residentId' | 'mealDate' | 'slot'>;

/** Everything about the diner that refuses a meal. */
export function checkedDiner(item: PendingMeal, diner: DinerFacts | undefined): DinerFacts {
  if (!diner) throw refuse(404, 'DINER.NOT_FOUND', 'no diner with this card or resident ID');
  if (diner.died !== null && item.mealDate > diner.died) throw refuse(409, 'MEAL.DINER_DECEASED', `the diner died on ${diner.died}`);
  if (!diner.active && diner.died === null) throw refuse(409, 'MEAL.DINER_INACTIVE', 'the diner is not active');
  return diner;
}

export function priced(item: PendingMeal, diner: DinerFacts): MealRow {
  const born = checkResidentId(diner.residentId, item.mealDate);
  if (!born.ok) throw refuse(422, 'MEAL.BEFORE_BIRTH', 'the meal is dated before the diner was born');
  const decision = selectMealTier(
    { birthDate: born.info.birthDate, mealDate: item.mealDate, assisted: coveredOn(diner.periods, item.mealDate), localRegistration: diner.localRegistration },
    item.tiers,
  );
  return {
    id: randomUUID(),
    canteenId: item.canteen.id,
    dinerId: diner.id,
    residentId: diner.residentId,
    slot: item.dto.slot,
    mealDate: item.mealDate,
    servedAt: item.servedAt,
    tier: decision.tier,
    subsidised: decision.amountFen > 0,
    subsidyFen: decision.amountFen,
    fullPriceReason: decision.amountFen > 0 ? null : (decision.fullPriceReason ?? null),
    status: 'VALID',
    voidReason: null,
    idempotencyKey: item.idempotencyKey,
    recordedBy: item.actor.sub,
  };
}

export function fullPrice(row: MealRow, reason: string): MealRow {
  return { ...row, subsidised: false, subsidyFen: 0, fullPriceReason: reason };
}

export function toMeal(m: Record<string, unknown>): Meal {
  return {
    ...(m as unknown as Meal),
    servedAt: new Date(m.servedAt as string),
    createdAt: new Date(m.createdAt as string),
  };
}
