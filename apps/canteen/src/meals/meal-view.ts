import type { MealView } from './dto/record-meal.dto';
import type { Meal } from './meal.entity';

/** A meal as the routes answer it (the resident ID is masked on the way out). */
export function mealView(meal: Meal): MealView {
  return {
    id: meal.id,
    canteenId: meal.canteenId,
    dinerId: meal.dinerId,
    residentId: meal.residentId,
    slot: meal.slot,
    mealDate: meal.mealDate,
    servedAt: meal.servedAt,
    tier: meal.tier,
    subsidised: meal.subsidised,
    subsidyFen: meal.subsidyFen,
    fullPriceReason: meal.fullPriceReason,
    status: meal.status,
    voidReason: meal.voidReason,
  };
}
