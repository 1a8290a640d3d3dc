import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ageOn } from '../../libs/common/src/resident-id/resident-id';
import { birthDateOf } from '../../scripts/year/context';
import type { YearEvent } from '../../scripts/year/events';
import { HOME_CARE_PROVIDERS } from '../../scripts/year/kinds/home-care-providers';
import { buildPlan, planFigures } from '../../scripts/year/plan';
import { yearProfileFor, type YearProfile } from '../../scripts/year/profile';

// The tiny plan's meals and home-care visits against the reference data the services price them
// by, read here from the files themselves: the canteens' slots, the meal-subsidy tiers (DOMAIN §7),
// the home-care catalogue.
const seed = (file: string) => JSON.parse(readFileSync(join(__dirname, '../../seeds/reference', file), 'utf8'));
const canteens = (seed('canteens.json').canteens as Array<{ code: string; name: string; slots: string[] }>).sort((a, b) => a.name.localeCompare(b.name));
const tiers = (seed('policy-parameters.json').canteen as Array<{ key: string; value: { ageBands: Array<{ minAge: number; amountFen: number }>; assistanceAmountFen: number } }>)[0].value;
const catalogue = new Map((seed('home-care-catalogue.json').items as Array<{ code: string; priceFen: number; subsidyFen: number }>).map((i) => [i.code, i]));

const tiny = yearProfileFor('tiny');
const plan = buildPlan(tiny, 2024, 1);
const events = plan.days.flatMap((d) => d.events.map((e) => ({ date: d.date, e })));
const of = <K extends YearEvent['kind']>(kind: K) => events.filter((x): x is { date: string; e: Extract<YearEvent, { kind: K }> } => x.e.kind === kind);
const meals = of('meals').flatMap(({ date, e }) => e.meals.map((m) => ({ date, ...m, diner: plan.population.diners[m.diner] })));
const visits = of('home-care-visits').flatMap(({ date, e }) => e.visits.map((v) => ({ date, ...v })));
const deathDate = new Map(of('death').map((d) => [d.e.residentId, d.date]));
const nextMonthFirst = (month: string) => (month.endsWith('12') ? null : `${month.slice(0, 5)}${String(Number(month.slice(5)) + 1).padStart(2, '0')}-01`);

describe('the meals of the year', () => {
  it('serve each diner at most once a day, in a slot of the diner’s canteen, before the diner dies', () => {
    expect(new Set(meals.map((m) => `${m.diner.cardNumber}:${m.date}`)).size).toBe(meals.length);
    expect(meals.every((m) => canteens[m.diner.canteenNo % canteens.length].slots.includes(m.slot))).toBe(true);
    expect(meals.filter((m) => deathDate.has(m.diner.residentId) && m.date >= deathDate.get(m.diner.residentId)!)).toEqual([]);
  });

  it('carry the subsidy the canteen gives: the age band on the day, 低保/特困 from the month after the approval (February)', () => {
    const assisted = new Set(plan.population.households.flatMap((h) => h.members.map((m) => m.residentId)));
    const expected = (residentId: string, date: string): number => {
      const bands = tiers.ageBands.filter((b) => ageOn(birthDateOf(residentId), date) >= b.minAge).map((b) => b.amountFen);
      const band = Math.max(0, ...bands);
      return assisted.has(residentId) && date >= '2024-02-01' && bands.length > 0 ? Math.max(band, tiers.assistanceAmountFen) : band;
    };
    expect(meals.filter((m) => m.subsidyFen !== expected(m.diner.residentId, m.date))).toEqual([]);
    // Assisted diners eat in January too, at their age band's amount.
    expect(meals.some((m) => assisted.has(m.diner.residentId) && m.date < '2024-02-01')).toBe(true);
  });

  it('are spread over every month of the year, with the profile’s count and money', () => {
    expect(new Set(meals.map((m) => m.date.slice(0, 7))).size).toBe(12);
    expect([meals.length, meals.reduce((n, m) => n + m.subsidyFen, 0)]).toEqual([tiny.volumes.subsidisedMeals.n, tiny.volumes.mealSubsidyFen.n]);
  });

  it('are settled per canteen on the next month’s first day, with the month’s meals and money; December after the year', () => {
    const sums = new Map<string, { meals: number; subsidyFen: number }>();
    for (const m of meals) {
      const key = `${m.diner.canteenNo % canteens.length}:${m.date.slice(0, 7)}`;
      const sum = sums.get(key) ?? sums.set(key, { meals: 0, subsidyFen: 0 }).get(key)!;
      sum.meals++;
      sum.subsidyFen += m.subsidyFen;
    }
    const settlements = of('canteen-settlement');
    expect(settlements.map((s) => s.date)).toEqual(settlements.map((s) => nextMonthFirst(s.e.month)));
    const settled = Object.fromEntries(settlements.map((s) => [`${s.e.canteenNo}:${s.e.month}`, { meals: s.e.meals, subsidyFen: s.e.subsidyFen }]));
    expect(settled).toEqual(Object.fromEntries([...sums.entries()].filter(([key]) => !key.endsWith('-12'))));
    expect(settlements).toHaveLength(Object.keys(settled).length);
  });
});

describe('the home-care visits of the year', () => {
  it('visit the profile’s elders, none of whom dies in the year, at most once a day, each always by the same provider', () => {
    const elders = new Set(visits.map((v) => v.residentId));
    expect(elders.size).toBe(tiny.volumes.homeCareElders.n);
    expect([...elders].filter((r) => deathDate.has(r) || !plan.population.elders.some((e) => e.residentId === r))).toEqual([]);
    expect(new Set(visits.map((v) => `${v.residentId}:${v.date}`)).size).toBe(visits.length);
    for (const r of elders) expect(new Set(visits.filter((v) => v.residentId === r).map((v) => v.providerNo)).size).toBe(1);
    expect(visits.every((v) => v.providerNo < HOME_CARE_PROVIDERS.length)).toBe(true);
  });

  it('order catalogue items at their price and subsidy, adding up to the profile’s money', () => {
    expect(visits.filter((v) => catalogue.get(v.itemCode)?.priceFen !== v.priceFen || catalogue.get(v.itemCode)?.subsidyFen !== v.subsidyFen)).toEqual([]);
    expect(visits.reduce((n, v) => n + v.subsidyFen, 0)).toBe(tiny.volumes.homeCareSubsidyFen.n);
  });

  it('are settled per provider on the next month’s first day, with the month’s visits and money', () => {
    const settlements = of('home-care-settlement');
    expect(settlements.length).toBeGreaterThan(0);
    for (const { date, e } of settlements) {
      const ofMonth = visits.filter((v) => v.providerNo === e.providerNo && v.date.startsWith(e.month));
      expect([date, e.visits, e.subsidyFen]).toEqual([nextMonthFirst(e.month), ofMonth.length, ofMonth.reduce((n, v) => n + v.subsidyFen, 0)]);
    }
    expect(settlements.reduce((n, s) => n + s.e.visits, 0)).toBe(visits.filter((v) => v.date < '2024-12-01').length);
  });

  it('register the providers on the first day', () => {
    expect(of('home-care-providers').map((x) => x.date)).toEqual(['2024-01-01']);
  });
});

describe('meals and visits beside the other kinds', () => {
  it('keep their own random streams: more meals leave the visits as they were, more visits the meals', () => {
    const change = (volumes: Partial<Record<keyof YearProfile['volumes'], number>>): YearProfile => ({
      ...tiny,
      volumes: { ...tiny.volumes, ...Object.fromEntries(Object.entries(volumes).map(([k, n]) => [k, { n, cites: 'test' }])) },
    });
    const kindOf = (p: YearProfile, kind: YearEvent['kind']) => buildPlan(p, 2024, 1).days.flatMap((d) => d.events.filter((e) => e.kind === kind));
    expect(kindOf(change({ subsidisedMeals: 4_300, mealSubsidyFen: 1_272_000 }), 'home-care-visits')).toEqual(kindOf(tiny, 'home-care-visits'));
    expect(kindOf(change({ homeCareVisits: 30, homeCareSubsidyFen: 540_000 }), 'meals')).toEqual(kindOf(tiny, 'meals'));
  });

  it('plan nothing for a profile without them', () => {
    const none: YearProfile = { ...tiny, volumes: { ...tiny.volumes, subsidisedMeals: { n: 0, cites: 't' }, mealSubsidyFen: { n: 0, cites: 't' }, homeCareElders: { n: 0, cites: 't' }, homeCareVisits: { n: 0, cites: 't' }, homeCareSubsidyFen: { n: 0, cites: 't' } } };
    const figures = planFigures(buildPlan(none, 2024, 1));
    expect([figures.subsidisedMeals, figures.canteenSettlements, figures.homeCareVisits, figures.homeCareSettlements]).toEqual([0, 0, 0, 0]);
    expect(buildPlan(none, 2024, 1).days.flatMap((d) => d.events).some((e) => e.kind === 'home-care-providers')).toBe(false);
  });

  it('refuse a profile whose money the meals cannot carry', () => {
    const dear: YearProfile = { ...tiny, volumes: { ...tiny.volumes, mealSubsidyFen: { n: 4_294 * 600, cites: 'test' } } };
    expect(() => buildPlan(dear, 2024, 1)).toThrow(/fen for 4294 is outside what the amounts give/);
  });
});
