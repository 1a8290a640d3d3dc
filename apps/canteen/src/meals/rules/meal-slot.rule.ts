import type { MealSlot } from '../../canteens/canteen.entity';

export type MealSlotProblem = 'SLOT_NOT_OPEN';

/** A meal can only be recorded in a slot the canteen opens for. */
export function mealSlotProblem(openSlots: ReadonlyArray<MealSlot>, slot: MealSlot): MealSlotProblem | null {
  return openSlots.includes(slot) ? null : 'SLOT_NOT_OPEN';
}

/** The Redis key guarding one subsidised meal per person, day and slot. */
export function subsidyClaimKey(prefix: string, residentId: string, mealDate: string, slot: MealSlot): string {
  return `${prefix}canteen:subsidy-claim:${residentId}:${mealDate}:${slot}`;
}
