// The reference data the platform is loaded with (seeds/reference), as the year's plan needs it:
// the canteens in the order the population loader hands diners to them, the meal-subsidy tiers
// and the home-care catalogue in force on a day. The plan reads what the services will apply, so
// that its figures are the ones the services report. Pure: the files are part of the repository.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const SEEDS = join(__dirname, '../../seeds/reference');
const read = (file: string): Record<string, unknown> => JSON.parse(readFileSync(join(SEEDS, file), 'utf8')) as Record<string, unknown>;

export type MealSlot = 'BREAKFAST' | 'LUNCH' | 'DINNER';

export interface ReferenceCanteen {
  code: string;
  name: string;
  slots: MealSlot[];
}

interface Dated {
  effectiveFrom: string;
  effectiveTo?: string | null;
}

const inForce = (row: Dated, day: string): boolean => row.effectiveFrom <= day && (row.effectiveTo == null || day <= row.effectiveTo);

let canteens: ReferenceCanteen[] | undefined;

/** By name, as the population loader sorts the platform's canteens: a diner's canteenNo indexes this list (modulo its length). */
export function referenceCanteens(): readonly ReferenceCanteen[] {
  canteens ??= (read('canteens.json').canteens as ReferenceCanteen[]).map(({ code, name, slots }) => ({ code, name, slots })).sort((a, b) => a.name.localeCompare(b.name));
  return canteens;
}

export interface MealTiers {
  ageBands: Array<{ tier: string; minAge: number; amountFen: number }>;
  assistanceAmountFen: number;
}

let tierRows: Array<Dated & { value: MealTiers }> | undefined;

/** canteen.meal-subsidy.tiers in force on the day (the latest period starting on or before it), or null. */
export function mealTiersOn(day: string): MealTiers | null {
  tierRows ??= ((read('policy-parameters.json').canteen as Array<Dated & { key: string; value: MealTiers }>) ?? []).filter((p) => p.key === 'canteen.meal-subsidy.tiers');
  const rows = tierRows.filter((p) => inForce(p, day)).sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom));
  return rows[0]?.value ?? null;
}

/**
 * The subsidy of one meal (DOMAIN §7): the highest age band the diner has reached, raised to the
 * 低保/特困 amount for a diner on assistance who is in an age band; nothing under the youngest band.
 */
export function mealSubsidyFen(tiers: MealTiers, age: number, assisted: boolean): number {
  const reached = tiers.ageBands.filter((b) => age >= b.minAge).map((b) => b.amountFen);
  if (reached.length === 0) return 0;
  const band = Math.max(...reached);
  return assisted ? Math.max(band, tiers.assistanceAmountFen) : band;
}

export interface CatalogueItem extends Dated {
  code: string;
  itemName: string;
  priceFen: number;
  subsidyFen: number;
}

let catalogue: CatalogueItem[] | undefined;

/** The home-care catalogue items in force on every one of the days, by code. */
export function catalogueInForce(days: readonly string[]): CatalogueItem[] {
  catalogue ??= read('home-care-catalogue.json').items as CatalogueItem[];
  return catalogue.filter((item) => days.every((day) => inForce(item, day))).sort((a, b) => a.code.localeCompare(b.code));
}
