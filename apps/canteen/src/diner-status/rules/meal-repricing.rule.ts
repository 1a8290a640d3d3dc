// When 低保/特困 coverage starts or stops after meals were recorded, the meals from the
// effective date get the tier they would have had (DOMAIN §7: the change applies from the
// effective date). Earlier meals and closed months are never touched.
import type { MealTierDecision } from '../../meals/rules/meal-tier.rule';

export const NOT_ELIGIBLE = 'NOT_ELIGIBLE';
export const ALREADY_SUBSIDISED = 'ALREADY_SUBSIDISED_IN_SLOT';

export interface RecordedMeal {
  tier: string;
  subsidised: boolean;
  subsidyFen: number;
  fullPriceReason: string | null;
}

export type MealChange = Pick<RecordedMeal, 'tier' | 'subsidised' | 'subsidyFen' | 'fullPriceReason'>;

/**
 * The new pricing of a valid meal, or null when nothing changes. `slotFree` says whether no other
 * valid subsidised meal holds the person's slot that day; a meal at full price because the slot
 * was already subsidised stays so.
 */
export function repriceMeal(meal: RecordedMeal, decision: MealTierDecision, slotFree: boolean): MealChange | null {
  let next: MealChange;
  if (meal.subsidised) {
    next =
      decision.amountFen > 0
        ? { tier: decision.tier, subsidised: true, subsidyFen: decision.amountFen, fullPriceReason: null }
        : { tier: decision.tier, subsidised: false, subsidyFen: 0, fullPriceReason: NOT_ELIGIBLE };
  } else if (meal.fullPriceReason === NOT_ELIGIBLE && decision.amountFen > 0) {
    next = slotFree
      ? { tier: decision.tier, subsidised: true, subsidyFen: decision.amountFen, fullPriceReason: null }
      : { tier: decision.tier, subsidised: false, subsidyFen: 0, fullPriceReason: ALREADY_SUBSIDISED };
  } else {
    return null;
  }
  const same = next.tier === meal.tier && next.subsidised === meal.subsidised && next.subsidyFen === meal.subsidyFen && next.fullPriceReason === meal.fullPriceReason;
  return same ? null : next;
}
