// What the tiny year's meals and home-care visits must leave in the canteen's and elderly care's
// annual reports and in their monthly settlements: the plan's figures, exactly.
import type { YearApi } from '../../../scripts/year/api';
import type { CanteenSettlementEvent, HomeCareSettlementEvent, MealsEvent } from '../../../scripts/year/events';
import type { planFigures, YearPlan } from '../../../scripts/year/plan';
import { referenceCanteens } from '../../../scripts/year/reference';

type Figures = ReturnType<typeof planFigures>;
const YEAR = 2024;

function planned<E>(plan: YearPlan, kind: string): Array<{ date: string; e: E }> {
  return plan.days.flatMap((d) => d.events.filter((e) => e.kind === kind).map((e) => ({ date: d.date, e: e as E })));
}

/** Meals and subsidy per canteen name, as the plan serves them. */
function byCanteen(plan: YearPlan): Record<string, { meals: number; subsidyFen: number }> {
  const canteens = referenceCanteens();
  const sums: Record<string, { meals: number; subsidyFen: number }> = {};
  for (const { e } of planned<MealsEvent>(plan, 'meals')) {
    for (const meal of e.meals) {
      const name = canteens[plan.population.diners[meal.diner].canteenNo % canteens.length].name;
      sums[name] ??= { meals: 0, subsidyFen: 0 };
      sums[name].meals++;
      sums[name].subsidyFen += meal.subsidyFen;
    }
  }
  return sums;
}

async function expectAnnualReports(api: YearApi, plan: YearPlan, figures: Figures): Promise<void> {
  const v = plan.profile.volumes;
  const canteen = (await api.call('canteen', 'GET', `/api/v1/reports/annual?year=${YEAR}`, 'auditor')).body as {
    meals: number;
    subsidisedMeals: number;
    subsidyFen: number;
    dinersServed: number;
    byCanteen: Array<{ canteenName: string; meals: number; subsidyFen: number }>;
    funding: { byOperatingMode: Array<{ canteens: number }> };
  };
  expect({ meals: canteen.meals, subsidisedMeals: canteen.subsidisedMeals, subsidyFen: canteen.subsidyFen, dinersServed: canteen.dinersServed }).toEqual({
    meals: v.subsidisedMeals.n,
    subsidisedMeals: v.subsidisedMeals.n,
    subsidyFen: v.mealSubsidyFen.n,
    dinersServed: figures.mealDiners,
  });
  expect(Object.fromEntries(canteen.byCanteen.map((c) => [c.canteenName, { meals: c.meals, subsidyFen: c.subsidyFen }]))).toEqual(byCanteen(plan));
  // The register's canteens at the year's end (the city's 12; it keeps no opening dates).
  expect(canteen.funding.byOperatingMode.reduce((n, m) => n + m.canteens, 0)).toBe(referenceCanteens().length);

  const { homeCare } = (await api.call('elderly-care', 'GET', `/api/v1/reports/annual?year=${YEAR}`, 'auditor')).body as { homeCare: Record<string, unknown> };
  expect(homeCare).toMatchObject({
    orders: v.homeCareVisits.n,
    visits: v.homeCareVisits.n,
    eldersServed: v.homeCareElders.n,
    visitsPriceFen: figures.homeCarePriceFen,
    visitsSubsidyFen: v.homeCareSubsidyFen.n,
  });
}

/** Every month but December settled per canteen and per provider, opened by the clerk and approved by the other user, with the plan's money. */
async function expectSettlements(api: YearApi, plan: YearPlan): Promise<void> {
  const months = Array.from({ length: 11 }, (_v, i) => `${YEAR}-${String(i + 1).padStart(2, '0')}`);
  const canteenPlan = planned<CanteenSettlementEvent>(plan, 'canteen-settlement');
  const homeCarePlan = planned<HomeCareSettlementEvent>(plan, 'home-care-settlement');
  const standing = [];
  const expected = [];
  for (const month of months) {
    const canteens = (await api.call('canteen', 'GET', `/api/v1/settlements?month=${month}&pageSize=100`, 'auditor')).body as { items: Array<{ status: string; openedBy: string; approvedBy: string; subsidyFen: number }> };
    const homeCare = (await api.call('elderly-care', 'GET', `/api/v1/home-care/settlements?month=${month}&pageSize=100`, 'auditor')).body as { items: Array<{ status: string; createdBy: string; approvedBy: string; subsidyFen: number }> };
    standing.push({
      month,
      canteens: canteens.items.map((s) => `${s.status} ${s.openedBy} ${s.approvedBy}`),
      canteenFen: canteens.items.reduce((n, s) => n + s.subsidyFen, 0),
      providers: homeCare.items.map((s) => `${s.status} ${s.createdBy} ${s.approvedBy}`),
      providerFen: homeCare.items.reduce((n, s) => n + s.subsidyFen, 0),
    });
    const ofCanteens = canteenPlan.filter((p) => p.e.month === month);
    const ofProviders = homeCarePlan.filter((p) => p.e.month === month);
    expected.push({
      month,
      canteens: ofCanteens.map(() => 'APPROVED year-clerk year-approver-2'),
      canteenFen: ofCanteens.reduce((n, p) => n + p.e.subsidyFen, 0),
      providers: ofProviders.map(() => 'APPROVED year-clerk year-approver-2'),
      providerFen: ofProviders.reduce((n, p) => n + p.e.subsidyFen, 0),
    });
  }
  expect(standing).toEqual(expected);
}

export async function expectMealsAndHomeCare(api: YearApi, plan: YearPlan, figures: Figures): Promise<void> {
  await expectAnnualReports(api, plan, figures);
  await expectSettlements(api, plan);
}
