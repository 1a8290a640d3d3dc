// The year, day by day, from (profile, year, seed) alone: the registers loaded on the first day
// (the synthetic population of scripts/population, made such that the living on the year's last
// day are the profile's figures: scripts/population/year-end.ts) and what happens on each day
// after. Pure and deterministic: the same inputs give the same plan, and its totals are the
// profile's figures (plan.spec). Each kind of event plans itself in kinds/<kind>.ts.
import { generatePopulation, type Population } from '../population/generate';
import { calibrateToYearEnd } from '../population/year-end';
import { daysOfYear, kindRandom, type PlanContext } from './context';
import { KIND_ORDER, type CanteenSettlementEvent, type EventKind, type HomeCareSettlementEvent, type HomeCareVisitsEvent, type MealsEvent, type PlanDay, type YearEvent } from './events';
import { APPROVALS_AFTER_DAYS, planDibaoApprovals } from './kinds/dibao-approvals';
import { planCashPlus } from './kinds/cash-plus';
import { planDeaths } from './kinds/deaths';
import { planDibaoApplications } from './kinds/dibao-applications';
import { planDibaoStops } from './kinds/dibao-stops';
import { planDibaoObjections } from './kinds/dibao-objections';
import { planTekunApplications } from './kinds/tekun-applications';
import { planDivorceExpiry } from './kinds/divorce-expiry';
import { planDivorces } from './kinds/divorces';
import { HOME_CARE_PROVIDERS } from './kinds/home-care-providers';
import { planMarriages } from './kinds/marriages';
import { planPayments } from './kinds/payments-plan';
import { planPayrolls } from './kinds/payrolls';
import { planAdoptions } from './kinds/adoptions';
import { planCharity } from './kinds/charity';
import { planChildGrants } from './kinds/child-grants';
import { planHelpNeeds } from './kinds/child-help';
import { planPairings } from './kinds/child-pairings';
import { planPlaceNames } from './kinds/place-names';
import { planAshPlacements } from './kinds/ash-placements';
import { planCeremonies, planCounselling, planMediation } from './kinds/registration-services';
import { planVolunteers } from './kinds/volunteers';
import { planCanteenSettlements } from './kinds/canteen-settlements';
import { planHomeCareProviders } from './kinds/home-care-providers';
import { planHomeCareSettlements } from './kinds/home-care-settlements';
import { planHomeCareVisits } from './kinds/home-care-visits';
import { planMeals } from './kinds/meals';
import { REGISTERS_EVENT } from './kinds/registers';
import { planStandardRaise } from './kinds/standard-raise';
import { planTemporaryRelief } from './kinds/temporary-relief';
import { planVagrantCases } from './kinds/vagrant-cases';
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
  const random = (kind: string) => kindRandom(seed, kind);
  const generated = generatePopulation(profile.population, seed, days[0]);
  // The deaths first: the registers are then made to have the profile's figures at the year's end
  // (a kind that takes people off the registers otherwise, moving away say, adds them to `gone`).
  const deaths = planDeaths({ year, seed, profile, population: generated, days, approvalsDay: APPROVALS_AFTER_DAYS, random });
  const gone = new Set(deaths.map((d) => d.event.residentId));
  const population = calibrateToYearEnd(generated, profile.population, random('registers'), days[days.length - 1], gone);
  const ctx: PlanContext = { year, seed, profile, population, days, approvalsDay: APPROVALS_AFTER_DAYS, random };
  const marriages = planMarriages(ctx);
  const divorces = planDivorces(ctx, marriages);
  const stops = planDibaoStops(ctx, deaths);
  const meals = planMeals(ctx, deaths);
  const visits = planHomeCareVisits(ctx, deaths);
  const dibaoApplications = planDibaoApplications(ctx);
  const planned: Array<{ day: number; event: YearEvent }> = [
    { day: 0, event: REGISTERS_EVENT },
    ...planDibaoApprovals(ctx),
    ...planPayrolls(ctx),
    ...planDivorceExpiry(ctx),
    ...deaths,
    ...marriages,
    ...divorces,
    ...planHelpNeeds(ctx),
    ...planPairings(ctx),
    ...planAdoptions(ctx, marriages),
    ...planChildGrants(ctx),
    ...planVolunteers(ctx),
    ...planCharity(ctx),
    ...planCeremonies(ctx, marriages),
    ...planCounselling(ctx, marriages),
    ...planMediation(ctx, divorces),
    ...planPlaceNames(ctx),
    ...planAshPlacements(ctx, deaths),
    ...dibaoApplications,
    ...planDibaoObjections(ctx, dibaoApplications),
    ...stops,
    ...planStandardRaise(ctx),
    ...planTemporaryRelief(ctx, deaths),
    ...planVagrantCases(ctx),
    ...planCashPlus(ctx, deaths, stops),
    ...planHomeCareProviders(ctx),
    ...planCanteenSettlements(ctx, meals),
    ...planHomeCareSettlements(ctx, visits),
    ...visits,
    ...meals,
  ];
  // New 特困 applicants are none of the people planned before them.
  planned.push(...planTekunApplications(ctx, planned));
  // 一卡通 last: who dies and who comes in during the year decide whose accounts fail and who gets one.
  planned.push(...planPayments(ctx, planned));
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
    'registers/institutions': p.registers.institutions.length,
    'registers/facilities': p.registers.facilities.length,
    'registers/townships': p.registers.townships.length > 0 ? 1 : 0,
    'registers/careWorkers': p.registers.careWorkers.length,
    'registers/staff': p.registers.staff.length,
    'registers/cemeteries': p.registers.cemeteries.length,
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
    ...childWelfareFigures(events),
    ...registrationServiceFigures(events),
    ...mealFigures(of('meals'), of('canteen-settlement')),
    ...homeCareFigures(of('home-care-visits'), of('home-care-settlement')),
  };
}

/** Child welfare's figures of the plan, as its annual report counts them (kinds/child-*.ts and the others of §5). */
function childWelfareFigures(events: readonly YearEvent[]) {
  const of = <K extends EventKind>(kind: K) => events.filter((e): e is Extract<YearEvent, { kind: K }> => e.kind === kind);
  const grants = of('study-grant');
  const aid = of('student-aid');
  const charityGrants = of('charity-grant');
  return {
    helpNeedsRaised: of('help-need').length,
    helpNeedsClosed: of('help-need-close').length,
    pairedCadres: new Set(of('pairing').map((p) => p.cadreId)).size,
    pairedChildren: new Set(of('pairing').map((p) => p.residentId)).size,
    cadreVisits: of('pairing-visit').length,
    visitRounds: new Set(of('pairing-visit').map((v) => v.round)).size,
    orphansRegistered: of('orphan-registration').length,
    adoptions: of('adoption').length,
    fucaiGrants: grants.filter((g) => g.grantKind === 'FUCAI_YUANMENG').length,
    deFactoGrants: grants.filter((g) => g.grantKind === 'DE_FACTO_STUDY').length,
    studentAidSpring: aid.filter((a) => a.term.endsWith('-SPRING')).length,
    studentAidAutumn: aid.filter((a) => a.term.endsWith('-AUTUMN')).length,
    studentAidFen: aid.reduce((n, a) => n + a.amountFen, 0),
    volunteers: of('volunteer').length,
    volunteerActivities: of('volunteer-activity').length,
    volunteerChildrenServed: of('volunteer-activity').reduce((n, a) => n + a.childrenServed, 0),
    volunteerHours: Math.round(of('volunteer-activity').reduce((n, a) => n + a.volunteers.reduce((h, x) => h + x.hours * 10, 0), 0)) / 10,
    charityFunds: of('charity-fund').length,
    charityDonations: of('charity-donation').length,
    charityRaisedFen: of('charity-donation').reduce((n, d) => n + d.amountFen, 0),
    charityGrants: charityGrants.length,
    charityGrantedFen: charityGrants.reduce((n, g) => n + g.amountFen, 0),
    charityChildrenAided: new Set(charityGrants.map((g) => g.residentId)).size,
  };
}

/** Civil registration's smaller work in the plan, as its annual report counts it. */
function registrationServiceFigures(events: readonly YearEvent[]) {
  const of = <K extends EventKind>(kind: K) => events.filter((e): e is Extract<YearEvent, { kind: K }> => e.kind === kind);
  const ceremonies = of('ceremony');
  const places = of('place-name');
  return {
    groupCeremonies: ceremonies.filter((c) => c.ceremonyKind === 'GROUP').length,
    otherCeremonies: ceremonies.filter((c) => c.ceremonyKind === 'OTHER').length,
    counsellingCouples: new Set(of('counselling').map((c) => [...c.partyResidentIds].sort().join())).size,
    mediationCouples: new Set(of('mediation').map((m) => m.divorceKey)).size,
    placeNamesNamed: places.filter((p) => p.placeKind === 'NAMING').length,
    placeNamesCollected: places.filter((p) => p.placeKind === 'RURAL_COLLECTION').length,
    ashPlacements: of('ash-placement').length,
    ashPlacementsInPlots: of('ash-placement').filter((p) => p.placeKind === 'PLOT').length,
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
