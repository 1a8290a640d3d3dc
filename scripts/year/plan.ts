// The year, day by day, from (profile, year, seed) alone: the registers loaded on the first day
// (the synthetic population of scripts/population, ages taken on 1 January) and what happens on
// each day after. Pure and deterministic: the same inputs give the same plan, and its totals are
// the profile's figures (plan.spec). Each kind of event plans itself in kinds/<kind>.ts.
import { generatePopulation, type Population } from '../population/generate';
import { daysOfYear, kindRandom, type PlanContext } from './context';
import { KIND_ORDER, type CanteenSettlementEvent, type EventKind, type HomeCareSettlementEvent, type HomeCareVisitsEvent, type MealsEvent, type PlanDay, type YearEvent } from './events';
import { APPROVALS_AFTER_DAYS, planDibaoApprovals } from './kinds/dibao-approvals';
import { planDeaths } from './kinds/deaths';
import { planDivorceExpiry } from './kinds/divorce-expiry';
import { planDivorces } from './kinds/divorces';
import { HOME_CARE_PROVIDERS } from './kinds/home-care-providers';
import { planMarriages } from './kinds/marriages';
import { planPayrolls } from './kinds/payrolls';
import { planCanteenSettlements } from './kinds/canteen-settlements';
import { planHomeCareProviders } from './kinds/home-care-providers';
import { planHomeCareSettlements } from './kinds/home-care-settlements';
import { planHomeCareVisits } from './kinds/home-care-visits';
import { planMeals } from './kinds/meals';
import { REGISTERS_EVENT } from './kinds/registers';
import { profileProblems, type YearProfile } from './profile';

export interface YearPlan {
  year: number;
  seed: number;
  profile: YearProfile;
  population: Population;
  /** Every day of the year, in order, with its events in the order they are driven. */
  days: PlanDay[];
}

export function buildPlan(profile: YearProfile, year: number, seed: number): YearPlan {
  const problems = profileProblems(profile);
  if (problems.length > 0) throw new Error(`the ${profile.scale} profile cannot be planned: ${problems.join('; ')}`);
  const days = daysOfYear(year);
  const population = generatePopulation(profile.population, seed, days[0]);
  const ctx: PlanContext = { year, seed, profile, population, days, approvalsDay: APPROVALS_AFTER_DAYS, random: (kind) => kindRandom(seed, kind) };
  const marriages = planMarriages(ctx);
  const deaths = planDeaths(ctx);
  const meals = planMeals(ctx, deaths);
  const visits = planHomeCareVisits(ctx, deaths);
  const planned: Array<{ day: number; event: YearEvent }> = [
    { day: 0, event: REGISTERS_EVENT },
    ...planDibaoApprovals(ctx),
    ...planPayrolls(ctx),
    ...planDivorceExpiry(ctx),
    ...deaths,
    ...marriages,
    ...planDivorces(ctx, marriages),
    ...planHomeCareProviders(ctx),
    ...planCanteenSettlements(ctx, meals),
    ...planHomeCareSettlements(ctx, visits),
    ...visits,
    ...meals,
  ];
  const byDay: YearEvent[][] = days.map(() => []);
  for (const { day, event } of planned) byDay[day].push(event);
  const rank = (kind: EventKind): number => KIND_ORDER.indexOf(kind);
  // Stable: within a kind, the order the kind planned them in.
  return { year, seed, profile, population, days: days.map((date, i) => ({ date, events: byDay[i].sort((a, b) => rank(a.kind) - rank(b.kind)) })) };
}

/** How many events the drive works through (the progress bar's total). */
export function eventCount(plan: YearPlan): number {
  return plan.days.reduce((n, d) => n + d.events.length, 0);
}

/** How many outcomes the drive tallies for an event: a day's meals and visits one each, the providers one each. */
function tallied(e: YearEvent): number {
  if (e.kind === 'dibao-approvals') return e.expected;
  if (e.kind === 'meals') return e.meals.length;
  if (e.kind === 'home-care-visits') return e.visits.length;
  if (e.kind === 'home-care-providers') return HOME_CARE_PROVIDERS.length;
  return 1;
}

/**
 * What the plan asks of each kind, as the drive's tally counts it: the registers by loader step,
 * the 低保 approvals by case, meals and home-care visits one by one, every other kind by event.
 */
export function plannedCounts(plan: YearPlan): Record<string, number> {
  const p = plan.population;
  const dibao = p.households.filter((h) => h.program === 'DIBAO').length;
  const counts: Record<string, number> = {
    'registers/elders': p.elders.length,
    'registers/households': p.households.length,
    'registers/tekunApprovals': p.households.length - dibao,
    'registers/dibaoApplications': dibao,
    'registers/children': p.children.length,
    'registers/diners': p.diners.length,
  };
  const events = plan.days.flatMap((d) => d.events);
  for (const kind of KIND_ORDER) {
    if (kind === 'registers') continue;
    const ofKind = events.filter((e) => e.kind === kind);
    if (ofKind.length > 0) counts[kind] = ofKind.reduce((n, e) => n + tallied(e), 0);
  }
  return counts;
}

/** The plan's figures that the annual reports show, to hold against the profile and the reports. */
export function planFigures(plan: YearPlan) {
  const events = plan.days.flatMap((d) => d.events);
  const of = <K extends EventKind>(kind: K) => events.filter((e): e is Extract<YearEvent, { kind: K }> => e.kind === kind);
  const deaths = of('death');
  const marriages = of('marriage');
  return {
    deaths: deaths.length,
    huiBurials: deaths.filter((d) => d.ethnicity === 'HUI' && d.disposal === 'BURIAL').length,
    cremations: deaths.filter((d) => d.disposal === 'CREMATION').length,
    deathsAged80Plus: deaths.filter((d) => d.group === 'AGED_80_PLUS').length,
    deathsAged60To79: deaths.filter((d) => d.group === 'AGED_60_79').length,
    deathsUnder60: deaths.filter((d) => d.group === 'UNDER_60').length,
    marriages: marriages.length,
    retroactiveMarriages: marriages.filter((m) => m.marriageKind === 'RETROACTIVE').length,
    divorceApplications: of('divorce-application').length,
    divorceRegistrations: of('divorce-registration').length,
    payrollMonths: new Set(of('payroll').map((p) => p.month)).size,
    payrolls: of('payroll').length,
    ...mealFigures(of('meals'), of('canteen-settlement')),
    ...homeCareFigures(of('home-care-visits'), of('home-care-settlement')),
  };
}

function mealFigures(days: MealsEvent[], settlements: CanteenSettlementEvent[]) {
  const meals = days.flatMap((d) => d.meals);
  return {
    subsidisedMeals: meals.length,
    mealSubsidyFen: meals.reduce((n, m) => n + m.subsidyFen, 0),
    mealDiners: new Set(meals.map((m) => m.diner)).size,
    canteenSettlements: settlements.length,
  };
}

function homeCareFigures(days: HomeCareVisitsEvent[], settlements: HomeCareSettlementEvent[]) {
  const visits = days.flatMap((d) => d.visits);
  return {
    homeCareVisits: visits.length,
    homeCareElders: new Set(visits.map((v) => v.residentId)).size,
    homeCarePriceFen: visits.reduce((n, v) => n + v.priceFen, 0),
    homeCareSubsidyFen: visits.reduce((n, v) => n + v.subsidyFen, 0),
    homeCareSettlements: settlements.length,
  };
}
