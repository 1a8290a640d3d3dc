// Canteen meals (DOMAIN §7): the registers' diners eat at their canteens, at most one meal a day,
// in a slot their canteen serves, and only before they die. The canteen prices each meal itself
// (age on the day, 低保/特困 coverage from the month after its approval, the tiers in force); the
// plan chooses who eats on which days so that the year's subsidised meals and their subsidy are
// the profile's figures, leaning on every diner alike as far as the mean per meal allows
// (amount-split.ts). Each canteen uploads its day's meals from its card terminals in the evening,
// in batches (POST /api/v1/meals/batch), which the canteen writes a batch at a time.
import { inPool } from '../../population/load';
import { apportion, splitByAmount } from '../amount-split';
import { problemCode } from '../api';
import { birthDateOf, type DriveContext, type PlanContext } from '../context';
import type { DeathEvent, MealsEvent, PlannedMeal } from '../events';
import { mealSubsidyFen, mealTiersOn, referenceCanteens, type MealTiers } from '../reference';
import { DONE, refused, type Outcome } from '../tally';
import { canteenIds } from './canteen-ids';
import { clockToEvening } from './day-end';

type Planned<E> = { day: number; event: E };

/**
 * Meals in one upload: the canteen's limit (MEALS_PER_BATCH, 1,000). A canteen's day at city scale
 * is ~100 meals, so a day is one upload per canteen; a larger day is split in order.
 */
export const MEALS_PER_UPLOAD = 1_000;

/** Served at these times (Asia/Shanghai); the canteen's clock is then at the evening (day-end.ts). */
const SERVED_AT: Record<PlannedMeal['slot'], string> = { BREAKFAST: '07:30', LUNCH: '11:45', DINNER: '17:30' };

/** Index of the first day of the month after the one of `day` (the days' length when there is none). */
function firstOfNextMonth(days: readonly string[], day: number): number {
  const next = days.findIndex((d, i) => i > day && d.endsWith('-01'));
  return next === -1 ? days.length : next;
}

/**
 * The day from which each person on assistance is covered: 特困 is approved as the registers are
 * loaded, 低保 once its public notice has ended; either pays, and covers meals, from the next month.
 */
function coveredFrom(ctx: PlanContext): Map<string, number> {
  const from = new Map<string, number>();
  const tekun = firstOfNextMonth(ctx.days, 0);
  const dibao = firstOfNextMonth(ctx.days, ctx.approvalsDay);
  for (const h of ctx.population.households) for (const m of h.members) from.set(m.residentId, h.program === 'TEKUN' ? tekun : dibao);
  return from;
}

/** Per diner, the days they may eat, by the subsidy a meal on that day gets. */
function daysByAmount(ctx: PlanContext, deaths: ReadonlyArray<Planned<DeathEvent>>): Map<number, Array<{ diner: number; days: number[] }>> {
  const diedOn = new Map(deaths.map((d) => [d.event.residentId, d.day]));
  const covered = coveredFrom(ctx);
  const tiers = ctx.days.map((day) => mealTiersOn(day));
  const memo = new Map<MealTiers, Map<string, number>>();
  const amountOf = (t: MealTiers, age: number, assisted: boolean): number => {
    const known = memo.get(t) ?? memo.set(t, new Map()).get(t)!;
    const key = `${age}:${assisted}`;
    return known.get(key) ?? known.set(key, mealSubsidyFen(t, age, assisted)).get(key)!;
  };
  const units = new Map<number, Array<{ diner: number; days: number[] }>>();
  ctx.population.diners.forEach((diner, i) => {
    const birth = birthDateOf(diner.residentId);
    const byAmount = new Map<number, number[]>();
    // Meals only before the day of death: the canteen voids subsidised meals dated after it.
    for (let d = 0; d < (diedOn.get(diner.residentId) ?? ctx.days.length); d++) {
      const t = tiers[d];
      const age = ctx.year - Number(birth.slice(0, 4)) - (ctx.days[d].slice(5) >= birth.slice(5) ? 0 : 1);
      const amount = t ? amountOf(t, age, (covered.get(diner.residentId) ?? Infinity) <= d) : 0;
      if (amount > 0) (byAmount.get(amount) ?? byAmount.set(amount, []).get(amount)!).push(d);
    }
    for (const [amount, days] of byAmount) (units.get(amount) ?? units.set(amount, []).get(amount)!).push({ diner: i, days });
  });
  return units;
}

export function planMeals(ctx: PlanContext, deaths: ReadonlyArray<Planned<DeathEvent>>): Array<Planned<MealsEvent>> {
  const { subsidisedMeals, mealSubsidyFen: subsidy } = ctx.profile.volumes;
  if (subsidisedMeals.n === 0) return [];
  const random = ctx.random('meals');
  const canteens = referenceCanteens();
  const units = [...daysByAmount(ctx, deaths).entries()].sort(([a], [b]) => a - b);
  const classes = units.map(([amount, list]) => ({ amount, capacity: list.reduce((n, u) => n + u.days.length, 0) }));
  const counts = splitByAmount(classes, subsidisedMeals.n, subsidy.n);
  const byDay: PlannedMeal[][] = ctx.days.map(() => []);
  units.forEach(([amount, list], c) => {
    const shares = apportion(counts[c], list.map((u) => u.days.length));
    list.forEach((unit, u) => {
      const slots = canteens[ctx.population.diners[unit.diner].canteenNo % canteens.length].slots;
      for (const d of random.shuffle(unit.days).slice(0, shares[u])) byDay[d].push({ diner: unit.diner, slot: random.pick(slots), subsidyFen: amount });
    });
  });
  return byDay.flatMap((meals, day) => (meals.length === 0 ? [] : [{ day, event: { kind: 'meals' as const, key: `meals:${ctx.days[day]}`, meals: meals.sort((a, b) => a.diner - b.diner) } }]));
}

interface Upload {
  canteenNo: number;
  part: number;
  meals: PlannedMeal[];
}

/** The day's meals by canteen (in the plan's order), each canteen's in parts of MEALS_PER_UPLOAD. */
export function uploadsOfDay(meals: readonly PlannedMeal[], ctx: Pick<DriveContext, 'population'>, canteens: number): Upload[] {
  const byCanteen = new Map<number, PlannedMeal[]>();
  for (const meal of meals) {
    const no = ctx.population.diners[meal.diner].canteenNo % canteens;
    (byCanteen.get(no) ?? byCanteen.set(no, []).get(no)!).push(meal);
  }
  return [...byCanteen.entries()]
    .sort(([a], [b]) => a - b)
    .flatMap(([canteenNo, list]) => Array.from({ length: Math.ceil(list.length / MEALS_PER_UPLOAD) }, (_, part) => ({ canteenNo, part, meals: list.slice(part * MEALS_PER_UPLOAD, (part + 1) * MEALS_PER_UPLOAD) })));
}

interface LineVerdict {
  status: 'RECORDED' | 'REFUSED';
  meal?: { subsidyFen: number; tier: string };
  problem?: { code: string; detail?: string };
}

function lineOutcome(line: LineVerdict | undefined, meal: PlannedMeal): Outcome {
  if (!line) return refused('YEAR.NO_VERDICT', 'the canteen answered no verdict for the meal');
  if (line.status !== 'RECORDED' || !line.meal) return refused(line.problem?.code ?? 'YEAR.NO_VERDICT', line.problem?.detail ?? '');
  const { subsidyFen, tier } = line.meal;
  // Priced otherwise than planned (a coverage the plan does not know of): the year's figures will not be the profile's.
  return subsidyFen === meal.subsidyFen ? DONE : refused('YEAR.SUBSIDY_NOT_AS_PLANNED', `subsidy ${subsidyFen} fen (${tier}), planned ${meal.subsidyFen}`);
}

/**
 * The day's meals, uploaded by each canteen after closing, a verdict per meal. The upload's key
 * names the canteen, day and part, so a rerun of the day gets the meals stored the first time.
 */
export async function driveMeals(event: MealsEvent, ctx: DriveContext): Promise<void> {
  const ids = await canteenIds(ctx);
  const canteens = referenceCanteens();
  await clockToEvening(ctx, 'canteen', '20:00');
  await inPool(uploadsOfDay(event.meals, ctx, canteens.length), ctx.concurrency, async (upload) => {
    const cards = upload.meals.map((meal) => ctx.population.diners[meal.diner].cardNumber);
    const meals = upload.meals.map((meal, i) => ({ canteenId: ids[upload.canteenNo], cardNumber: cards[i], slot: meal.slot, servedAt: `${ctx.day}T${SERVED_AT[meal.slot]}:00+08:00` }));
    const key = `year-meals:${ctx.day}:${canteens[upload.canteenNo].code}:${upload.part}`;
    const res = await ctx.api.call('canteen', 'POST', '/api/v1/meals/batch', 'cashier', { meals }, { 'Idempotency-Key': key });
    const lines = res.status === 200 ? (res.body as { lines: LineVerdict[] }).lines : null;
    upload.meals.forEach((meal, i) => {
      const outcome = lines ? lineOutcome(lines[i], meal) : refused(problemCode(res), res.text);
      ctx.record('meals', outcome, `${ctx.day} meal of ${cards[i]}`);
    });
  });
}
