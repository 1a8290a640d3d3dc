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

/**
 * Policy parameter: the Asia/Shanghai time of day in which each slot is served, e.g.
 * `{ "BREAKFAST": { "from": "06:00", "to": "09:30" }, ... }`, `from` inclusive, `to` exclusive.
 * Optional: a slot without a window (or no period in force) is not restricted by time.
 */
export const MEAL_SLOT_WINDOWS_POLICY_KEY = 'canteen.meal-slot.windows';

export interface SlotWindow {
  from: string;
  to: string;
}

export type SlotWindows = Partial<Record<MealSlot, SlotWindow>>;

export class InvalidSlotWindowsPolicyError extends Error {
  constructor(detail: string) {
    super(`${MEAL_SLOT_WINDOWS_POLICY_KEY} is malformed: ${detail}`);
    this.name = 'InvalidSlotWindowsPolicyError';
  }
}

const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;

export function parseSlotWindows(value: unknown): SlotWindows {
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new InvalidSlotWindowsPolicyError('not an object');
  const windows: SlotWindows = {};
  for (const [slot, window] of Object.entries(value as Record<string, unknown>)) {
    if (!['BREAKFAST', 'LUNCH', 'DINNER'].includes(slot)) throw new InvalidSlotWindowsPolicyError(`unknown slot ${slot}`);
    const w = window as Partial<SlotWindow> | null;
    if (!w || typeof w.from !== 'string' || typeof w.to !== 'string' || !TIME_OF_DAY.test(w.from) || !TIME_OF_DAY.test(w.to)) {
      throw new InvalidSlotWindowsPolicyError(`${slot}: from and to must be HH:MM`);
    }
    if (w.from >= w.to) throw new InvalidSlotWindowsPolicyError(`${slot}: from must be before to`);
    windows[slot as MealSlot] = { from: w.from, to: w.to };
  }
  return windows;
}

const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** 'HH:MM' of an instant in Asia/Shanghai (UTC+8 all year). */
export function shanghaiTimeOfDay(instant: Date): string {
  const ms = (((instant.getTime() + SHANGHAI_OFFSET_MS) % DAY_MS) + DAY_MS) % DAY_MS;
  const minutes = Math.floor(ms / 60_000);
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** The slot's window when servedAt lies outside it, else null. */
export function slotWindowProblem(windows: SlotWindows, slot: MealSlot, servedAt: Date): SlotWindow | null {
  const window = windows[slot];
  if (!window) return null;
  const time = shanghaiTimeOfDay(servedAt);
  return time >= window.from && time < window.to ? null : window;
}
