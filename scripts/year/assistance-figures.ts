// What the plan makes social assistance's annual report show (GET /api/v1/reports/annual): 低保
// households and persons that started and stopped in the year, 特困 cases started, temporary relief, vagrant cases and
// "物质+服务".
// The registers' 低保 cases are approved on the approvals day and paid from the month after; a new
// household from the month after its approval; a stop counts from the month after its day; a
// household stops by death when its last member dies (DOMAIN §0: from the month after the death).
// A month that starts after the year is not the year's. Pure.
import { addDays } from '../../libs/common/src/time/calendar-date';
import type { YearEvent } from './events';
import { APPROVALS_AFTER_DAYS } from './kinds/dibao-approvals';
import type { YearPlan } from './plan';

export interface AssistanceFigures {
  dibaoNewHouseholds: number;
  /** 特困 cases started in the year: the registers' and the year's approved applications (a household of one each). */
  tekunNewHouseholds: number;
  dibaoNewPersons: number;
  dibaoStoppedHouseholds: number;
  dibaoStoppedPersons: number;
  temporaryReliefGrants: number;
  temporaryReliefFen: number;
  vagrantCases: number;
  /** "物质+服务": people served by category, and their visits (every month's settlement is approved in the year). */
  cashPlusTekunPersons: number;
  cashPlusElderPersons: number;
  cashPlusVisits: number;
}

/** YYYY-MM of the month after a day's month. */
function monthAfter(day: string): string {
  const [y, m] = day.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

export function assistanceFigures(plan: YearPlan): AssistanceFigures {
  const dated = plan.days.flatMap((d) => d.events.map((event) => ({ date: d.date, event })));
  const of = <K extends YearEvent['kind']>(kind: K) => dated.filter((x): x is { date: string; event: Extract<YearEvent, { kind: K }> } => x.event.kind === kind);
  const inYear = (month: string): boolean => month.startsWith(`${plan.year}-`);

  const registers = plan.population.households.filter((h) => h.program === 'DIBAO');
  const approvalsDay = addDays(plan.days[0].date, APPROVALS_AFTER_DAYS);
  const applications = new Map(of('dibao-application').map((x) => [x.event.key, x.event]));
  const approved = of('dibao-decision')
    .filter((x) => x.event.decision === 'APPROVE' && inYear(monthAfter(x.date)))
    .map((x) => applications.get(x.event.key)!.household);
  const started = [...(inYear(monthAfter(approvalsDay)) ? registers : []), ...approved];
  const tekunRegisters = plan.population.households.filter((h) => h.program === 'TEKUN').length;
  const tekunApproved = of('tekun-decision').filter((x) => x.event.decision === 'APPROVE' && inYear(monthAfter(x.date))).length;

  // Stops by death: every dying member's enrollment; the household when its last member dies.
  const deathDay = new Map(of('death').map((x) => [x.event.residentId, x.date]));
  let deathStoppedPersons = 0;
  let deathStoppedHouseholds = 0;
  for (const h of registers) {
    const days = h.members.map((m) => deathDay.get(m.residentId));
    deathStoppedPersons += days.filter((d) => d !== undefined && inYear(monthAfter(d))).length;
    const last = days.every((d) => d !== undefined) ? (days as string[]).sort().at(-1)! : null;
    if (last && inYear(monthAfter(last))) deathStoppedHouseholds++;
  }
  const members = new Map(registers.map((h) => [h.members[0].residentId, h.members.length]));
  const stops = of('dibao-stop').filter((x) => inYear(monthAfter(x.date)));
  const relief = of('temporary-relief').map((x) => x.event);
  const tekun = new Set(plan.population.households.flatMap((h) => (h.tekun ? [h.tekun.residentId] : [])));
  const cashPlusPlans = of('cash-plus-plan').map((x) => x.event);
  return {
    dibaoNewHouseholds: started.length,
    tekunNewHouseholds: (inYear(monthAfter(approvalsDay)) ? tekunRegisters : 0) + tekunApproved,
    dibaoNewPersons: started.reduce((n, h) => n + h.members.length, 0),
    dibaoStoppedHouseholds: deathStoppedHouseholds + stops.length,
    dibaoStoppedPersons: deathStoppedPersons + stops.reduce((n, x) => n + members.get(x.event.residentId)!, 0),
    temporaryReliefGrants: relief.length,
    temporaryReliefFen: relief.reduce((n, r) => n + r.amountFen, 0),
    vagrantCases: of('vagrant-intake').length,
    cashPlusTekunPersons: cashPlusPlans.filter((p) => tekun.has(p.residentId)).length,
    cashPlusElderPersons: cashPlusPlans.filter((p) => !tekun.has(p.residentId)).length,
    cashPlusVisits: of('cash-plus-visits').reduce((n, x) => n + x.event.visits.length, 0),
  };
}
