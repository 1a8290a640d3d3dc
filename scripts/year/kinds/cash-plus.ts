// "物质+服务" cash plus services (DOMAIN §3 [P], the city's pilot of 2023-07 to 2024-06): home
// visits bought from a provider for dispersed 特困 people and economically difficult people aged
// 80+. The year's part of the pilot: in the first week of February, once the registers' cases are
// paid, the clerk registers the provider and makes each person's service plan to the pilot's end;
// each month the provider's visits are recorded by the clerk and confirmed by an approver (four
// eyes); on the 3rd of the next month [A] the clerk draws up the provider's settlement and an
// approver approves it within the pilot's budget. People of the registers whom no death or stop
// takes out before the pilot ends; each plan has the same number of visits every month (its
// visitsPerMonth), which lets a day driven again see what it recorded.
import { creditCodeCheckChar } from '../../../apps/social-assistance/src/cash-plus-services/rules/credit-code.rule';
import { ageOn } from '../../../libs/common/src/resident-id/resident-id';
import { geography } from '../../population/people';
import { problemCode } from '../api';
import { birthDateOf, type DriveContext, type PlanContext } from '../context';
import type { CashPlusPlanEvent, CashPlusProviderEvent, CashPlusSettlementEvent, CashPlusVisitsEvent, DeathEvent, DibaoStopEvent } from '../events';
import { DONE, PRESENT, refused, type Outcome } from '../tally';

/** The pilot's last day (DOMAIN §3: 2023-07 to 2024-06); the year's plans run to it. */
export const PILOT_ENDS = '06-30';
/** The months of the year with visits: from February, when the registers' cases are paid, to the pilot's end. */
export const VISIT_MONTHS = ['02', '03', '04', '05', '06'] as const;
/** Plans are made in the first week of February [A]; settlements on the 3rd of the month after [A]. */
const PLANS_WITHIN_DAYS = 7;
const SETTLED_ON_DAY = '03';
const PROVIDER_KEY = 'cash-plus-provider';

type Planned = { day: number; event: CashPlusProviderEvent | CashPlusPlanEvent | CashPlusVisitsEvent | CashPlusSettlementEvent };

/**
 * The people served: dispersed 特困 people, then 低保 elders aged 80+ on 1 January, who are alive
 * and whose case is open until the pilot's end (a death or stop later in the year is no matter).
 */
function served(ctx: PlanContext, deaths: ReadonlyArray<{ day: number; event: DeathEvent }>, stops: ReadonlyArray<{ day: number; event: DibaoStopEvent }>): { tekun: string[]; elders: string[] } {
  const pilotEnds = ctx.days.indexOf(`${ctx.year}-${PILOT_ENDS}`);
  const dying = new Set(deaths.filter((d) => d.day <= pilotEnds).map((d) => d.event.residentId));
  const stopped = new Set(stops.filter((s) => s.day <= pilotEnds).map((s) => s.event.residentId));
  const tekun = ctx.population.households.filter((h) => h.tekun?.careForm === 'DISPERSED' && !dying.has(h.tekun.residentId)).map((h) => h.tekun!.residentId);
  const elders = ctx.population.households
    .filter((h) => h.program === 'DIBAO' && !stopped.has(h.members[0].residentId))
    .flatMap((h) => h.members.map((m) => m.residentId))
    .filter((id) => !dying.has(id) && ageOn(birthDateOf(id), ctx.days[0]) >= 80);
  return { tekun, elders };
}

export function planCashPlus(ctx: PlanContext, deaths: ReadonlyArray<{ day: number; event: DeathEvent }>, stops: ReadonlyArray<{ day: number; event: DibaoStopEvent }>): Planned[] {
  const random = ctx.random('cash-plus');
  const v = ctx.profile.volumes;
  const persons = v.cashPlusTekunPersons.n + v.cashPlusElderPersons.n;
  if (persons === 0) return [];
  const months = VISIT_MONTHS.length;
  const twice = (v.cashPlusVisits.n - persons * months) / months;
  if (!Number.isInteger(twice) || twice < 0 || twice > persons) throw new Error(`${v.cashPlusVisits.n} "物质+服务" visits do not make one or two visits a month for ${persons} people over ${months} months`);
  const pool = served(ctx, deaths, stops);
  if (pool.tekun.length < v.cashPlusTekunPersons.n || pool.elders.length < v.cashPlusElderPersons.n) {
    throw new Error(`the registers have ${pool.tekun.length} dispersed 特困 people and ${pool.elders.length} 低保 elders aged 80+ to serve, the profile wants ${v.cashPlusTekunPersons.n} and ${v.cashPlusElderPersons.n}`);
  }
  const people = [...random.shuffle(pool.tekun).slice(0, v.cashPlusTekunPersons.n), ...random.shuffle(pool.elders).slice(0, v.cashPlusElderPersons.n)];
  const visitedTwice = new Set(random.shuffle(people.map((_p, i) => i)).slice(0, twice));
  const dayOf = (date: string): number => ctx.days.indexOf(date);
  const first = dayOf(`${ctx.year}-02-01`);
  const county = geography(1, ctx.profile.population).counties[0];
  const first17 = `91${county}MA0000001`;
  const planned: Planned[] = [
    {
      day: first,
      event: { kind: 'cash-plus-provider', key: PROVIDER_KEY, providerName: '康乐社会工作服务中心（示例）', creditCode: first17 + creditCodeCheckChar(first17), divisionCode: county, services: ['CLEANING', 'CARE', 'COMPANY', 'ERRANDS'] },
    },
  ];
  people.forEach((residentId, i) => {
    const services = i < v.cashPlusTekunPersons.n ? ['CARE', 'CLEANING'] : ['CLEANING', 'COMPANY'];
    const visitsPerMonth = visitedTwice.has(i) ? 2 : 1;
    const planDay = first + random.int(0, PLANS_WITHIN_DAYS - 1);
    const planKey = `cash-plus-plan:${i}`;
    planned.push({ day: planDay, event: { kind: 'cash-plus-plan', key: planKey, residentId, services, visitsPerMonth, toDate: `${ctx.year}-${PILOT_ENDS}` } });
    for (const month of VISIT_MONTHS) {
      const monthDays = ctx.days.map((d, day) => ({ d, day })).filter((x) => x.d.startsWith(`${ctx.year}-${month}-`) && x.day > planDay);
      const visitDays = random.shuffle(monthDays).slice(0, visitsPerMonth).sort((a, b) => a.day - b.day);
      const visits = visitDays.map((x) => ({ visitedOn: x.d, service: random.pick(services), durationMinutes: random.int(60, 120) }));
      planned.push({ day: visitDays[visitDays.length - 1].day, event: { kind: 'cash-plus-visits', key: `cash-plus-visits:${i}:${month}`, planKey, visits } });
    }
  });
  for (const month of VISIT_MONTHS) {
    const next = `${ctx.year}-${String(Number(month) + 1).padStart(2, '0')}`;
    planned.push({ day: dayOf(`${next}-${SETTLED_ON_DAY}`), event: { kind: 'cash-plus-settlement', key: `cash-plus-settlement:${ctx.year}-${month}`, month: `${ctx.year}-${month}` } });
  }
  return planned;
}

interface Provider {
  id: string;
  creditCode: string;
}

export async function driveCashPlusProvider(event: CashPlusProviderEvent, ctx: DriveContext): Promise<Outcome> {
  const { providerName, creditCode, divisionCode, services } = event;
  const res = await ctx.api.call('social-assistance', 'POST', '/api/v1/cash-plus/providers', 'clerk', { providerName, creditCode, divisionCode, services });
  if (res.status === 201) {
    ctx.refs[event.key] = (res.body as Provider).id;
    return DONE;
  }
  if (problemCode(res) !== 'CASH_PLUS.PROVIDER_CREDIT_CODE_TAKEN') return refused(problemCode(res), res.text);
  // A rerun of the day: the provider registered before, found in the list by its credit code.
  for (let page = 1; ; page++) {
    const list = await ctx.api.call('social-assistance', 'GET', `/api/v1/cash-plus/providers?page=${page}&pageSize=100`, 'clerk');
    const { items, total } = list.body as { items: Provider[]; total: number };
    const found = items.find((p) => p.creditCode === creditCode);
    if (found) {
      ctx.refs[event.key] = found.id;
      return PRESENT;
    }
    if (list.status !== 200 || items.length === 0 || page * 100 >= total) return refused('YEAR.PROVIDER_NOT_FOUND', `${creditCode} is taken but not listed`);
  }
}

export async function driveCashPlusPlan(event: CashPlusPlanEvent, ctx: DriveContext): Promise<Outcome> {
  const providerId = ctx.refs[PROVIDER_KEY];
  if (!providerId) return refused('YEAR.NO_PROVIDER', 'the "物质+服务" provider was not registered');
  const { residentId, services, visitsPerMonth, toDate } = event;
  const res = await ctx.api.call('social-assistance', 'POST', '/api/v1/cash-plus/plans', 'clerk', { residentId, providerId, services, visitsPerMonth, fromDate: ctx.day, toDate });
  if (res.status === 201) {
    ctx.refs[event.key] = (res.body as { id: string }).id;
    return DONE;
  }
  // A rerun of the day: the plan made before overlaps the one asked for.
  const planId = (res.body as { planId?: string } | null)?.planId;
  if (problemCode(res) === 'CASH_PLUS.PLAN_OVERLAPS' && planId) {
    ctx.refs[event.key] = planId;
    return PRESENT;
  }
  return refused(problemCode(res), res.text);
}

interface Visit {
  id: string;
  visitedOn: string;
  service: string;
  status: string;
}

/** Records the month's visits, then an approver confirms them; a rerun finds them recorded (the month is full) and confirms what is left. */
export async function driveCashPlusVisits(event: CashPlusVisitsEvent, ctx: DriveContext): Promise<Outcome> {
  const planId = ctx.refs[event.planKey];
  if (!planId) return refused('YEAR.NO_PLAN', `${event.planKey} was not made`);
  const recorded: string[] = [];
  let again = false;
  for (const visit of event.visits) {
    const res = await ctx.api.call('social-assistance', 'POST', `/api/v1/cash-plus/plans/${planId}/visits`, 'clerk', { ...visit, note: '上门服务（合成数据）' });
    if (res.status === 201) recorded.push((res.body as Visit).id);
    else if (['CASH_PLUS.VISIT_DUPLICATE', 'CASH_PLUS.ABOVE_VISITS_PER_MONTH'].includes(problemCode(res))) again = true;
    else return refused(problemCode(res), res.text);
  }
  if (again) {
    const list = await ctx.api.call('social-assistance', 'GET', `/api/v1/cash-plus/plans/${planId}/visits?pageSize=100`, 'clerk');
    if (list.status !== 200) return refused(problemCode(list), list.text);
    const mine = new Set(event.visits.map((v) => `${v.visitedOn} ${v.service}`));
    recorded.push(...(list.body as { items: Visit[] }).items.filter((v) => v.status === 'RECORDED' && mine.has(`${v.visitedOn} ${v.service}`)).map((v) => v.id));
  }
  for (const id of recorded) {
    const res = await ctx.api.call('social-assistance', 'POST', `/api/v1/cash-plus/visits/${id}/confirm`, 'approver2');
    if (res.status !== 200) return refused(problemCode(res), res.text);
  }
  return again ? PRESENT : DONE;
}

export async function driveCashPlusSettlement(event: CashPlusSettlementEvent, ctx: DriveContext): Promise<Outcome> {
  const providerId = ctx.refs[PROVIDER_KEY];
  if (!providerId) return refused('YEAR.NO_PROVIDER', 'the "物质+服务" provider was not registered');
  const drawn = await ctx.api.call('social-assistance', 'POST', '/api/v1/cash-plus/settlements', 'clerk', { providerId, month: event.month });
  if (drawn.status !== 200) return refused(problemCode(drawn), drawn.text);
  const { created, settlement } = drawn.body as { created: boolean; settlement: { id: string } };
  const approved = await ctx.api.call('social-assistance', 'POST', `/api/v1/cash-plus/settlements/${settlement.id}/approve`, 'approver2');
  if (approved.status === 200) return created ? DONE : PRESENT;
  if (!created && problemCode(approved) === 'CASH_PLUS.SETTLEMENT_ALREADY_APPROVED') return PRESENT;
  return refused(problemCode(approved), approved.text);
}
