// Home-care visits (居家养老, DOMAIN §4 "10+N"): elders of the registers who live through the year
// are visited on days spread over it, each visit an order of a catalogue item in force, assigned to
// the elder's provider, checked in and out two hours apart, and confirmed by the elder. The service
// fixes each order's price and subsidy from the catalogue; the plan chooses the items so that the
// year's visits and their subsidy are the profile's figures (amount-split.ts).
import { inPool } from '../../population/load';
import { apportion, splitByAmount } from '../amount-split';
import { problemCode, type ApiAnswer } from '../api';
import type { DriveContext, PlanContext } from '../context';
import type { DeathEvent, HomeCareVisitsEvent, PlannedVisit } from '../events';
import { catalogueInForce } from '../reference';
import { DONE, PRESENT, refused, type Outcome } from '../tally';
import { clockToEvening } from './day-end';
import { HOME_CARE_PROVIDERS, providerIds } from './home-care-providers';

type Planned<E> = { day: number; event: E };

/** The items of the year's visits, in a random order: as many of each subsidy as the split asks, shared among its items. */
function visitItems(ctx: PlanContext, random: ReturnType<PlanContext['random']>): Array<{ code: string; priceFen: number; subsidyFen: number }> {
  const { homeCareVisits: visits, homeCareSubsidyFen: subsidy } = ctx.profile.volumes;
  const items = catalogueInForce(ctx.days);
  const amounts = [...new Set(items.map((i) => i.subsidyFen))].sort((a, b) => a - b);
  const ofAmount = amounts.map((a) => items.filter((i) => i.subsidyFen === a));
  // Every item as likely as another before the mean per visit tilts them.
  const counts = splitByAmount(amounts.map((amount, c) => ({ amount, capacity: visits.n * ofAmount[c].length })), visits.n, subsidy.n);
  const chosen = ofAmount.flatMap((list, c) => {
    const shares = apportion(counts[c], list.map(() => 1));
    return list.flatMap((item, k) => Array.from({ length: shares[k] }, () => ({ code: item.code, priceFen: item.priceFen, subsidyFen: item.subsidyFen })));
  });
  return random.shuffle(chosen);
}

export function planHomeCareVisits(ctx: PlanContext, deaths: ReadonlyArray<Planned<DeathEvent>>): Array<Planned<HomeCareVisitsEvent>> {
  const { homeCareElders, homeCareVisits } = ctx.profile.volumes;
  if (homeCareVisits.n === 0) return [];
  const random = ctx.random('home-care');
  const dying = new Set(deaths.map((d) => d.event.residentId));
  const elders = random.shuffle(ctx.population.elders.filter((e) => !dying.has(e.residentId))).slice(0, homeCareElders.n);
  if (elders.length < homeCareElders.n) throw new Error(`only ${elders.length} elders live through the year, the profile wants ${homeCareElders.n} visited`);
  const perElder = apportion(homeCareVisits.n, elders.map(() => 1));
  if (perElder[0] > ctx.days.length) throw new Error(`${perElder[0]} visits of one elder do not fit in the year's days`);
  const items = visitItems(ctx, random);
  const byDay: PlannedVisit[][] = ctx.days.map(() => []);
  let next = 0;
  elders.forEach((elder, e) => {
    const days = random.shuffle(ctx.days.map((_d, i) => i)).slice(0, perElder[e]);
    for (const d of days) {
      const { code, priceFen, subsidyFen } = items[next++];
      byDay[d].push({ residentId: elder.residentId, itemCode: code, providerNo: e % HOME_CARE_PROVIDERS.length, priceFen, subsidyFen });
    }
  });
  return byDay.flatMap((visits, day) => (visits.length === 0 ? [] : [{ day, event: { kind: 'home-care-visits' as const, key: `home-care-visits:${ctx.days[day]}`, visits } }]));
}

interface Order {
  id: string;
  itemCode: string;
  orderedOn: string;
  status: string;
  subsidyFen: number;
}

/** The order flow after the order is taken, step by step from where it stands. */
const STEPS: Array<{ from: string; step: string; body(day: string, providerId: string): unknown }> = [
  { from: 'ORDERED', step: 'assign', body: (_day, providerId) => ({ providerId }) },
  { from: 'ASSIGNED', step: 'check-in', body: (day) => ({ at: `${day}T09:00:00+08:00` }) },
  { from: 'CHECKED_IN', step: 'check-out', body: (day) => ({ at: `${day}T11:00:00+08:00` }) },
  { from: 'CHECKED_OUT', step: 'confirm', body: () => undefined },
];

/** A rerun of the day: the elder's order of the item taken today, if any (an elder has one visit a day). */
async function orderedToday(visit: PlannedVisit, ctx: DriveContext): Promise<Order | null> {
  const res = await ctx.api.call('elderly-care', 'POST', '/api/v1/home-care/orders/search', 'clerk', { residentId: visit.residentId });
  if (res.status !== 200) return null;
  return (res.body as Order[]).find((o) => o.orderedOn === ctx.day && o.itemCode === visit.itemCode && o.status !== 'CANCELLED') ?? null;
}

async function takeOrder(visit: PlannedVisit, ctx: DriveContext): Promise<Order | Outcome> {
  const created: ApiAnswer = await ctx.api.call('elderly-care', 'POST', '/api/v1/home-care/orders', 'clerk', { residentId: visit.residentId, itemCode: visit.itemCode });
  return created.status === 201 ? (created.body as Order) : refused(problemCode(created), `order: ${created.text}`);
}

async function driveVisit(visit: PlannedVisit, providerId: string, ctx: DriveContext): Promise<Outcome> {
  const before = await orderedToday(visit, ctx);
  if (before && ['CONFIRMED', 'SETTLED'].includes(before.status)) return PRESENT;
  const order = before ?? (await takeOrder(visit, ctx));
  if ('result' in order) return order;
  const first = STEPS.findIndex((s) => s.from === order.status);
  if (first === -1) return refused('YEAR.ORDER_UNEXPECTED', `order ${order.id} of ${visit.itemCode} is ${order.status}`);
  for (const { from, step, body } of STEPS.slice(first)) {
    const res = await ctx.api.call('elderly-care', 'POST', `/api/v1/home-care/orders/${order.id}/${step}`, 'clerk', body(ctx.day, providerId));
    if (res.status !== 200) return refused(problemCode(res), `${step} (from ${from}): ${res.text}`);
  }
  return order.subsidyFen === visit.subsidyFen ? DONE : refused('YEAR.SUBSIDY_NOT_AS_PLANNED', `order of ${visit.itemCode}: subsidy ${order.subsidyFen} fen, planned ${visit.subsidyFen}`);
}

/** The day's visits, recorded as they took place; the service's clock is then at the evening (day-end.ts). */
export async function driveHomeCareVisits(event: HomeCareVisitsEvent, ctx: DriveContext): Promise<void> {
  const providers = await providerIds(ctx);
  await clockToEvening(ctx, 'elderly-care', '18:00');
  await inPool(event.visits, ctx.concurrency, async (visit) => {
    ctx.record('home-care-visits', await driveVisit(visit, providers[visit.providerNo], ctx), `${ctx.day} visit of ${visit.itemCode}`);
  });
}
