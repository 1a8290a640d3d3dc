// 低保 stops during the year for reasons other than death (停保, DOMAIN §1 Lifecycle): the clerk
// records an applicant's income that rose above the standard, not from work (a pension raised,
// children's support), which stops the household from the next month; or an approver stops a
// household that moved away. Households of the registers that no death of the year touches, so a
// stop never meets a case a death stopped first; each household once.
import { ageOn } from '../../../libs/common/src/resident-id/resident-id';
import type { HouseholdSeed } from '../../population/generate';
import { problemCode } from '../api';
import { birthDateOf, type DriveContext, type PlanContext } from '../context';
import type { DeathEvent, DibaoStopEvent } from '../events';
import { DONE, PRESENT, refused, type Outcome } from '../tally';
import { URBAN_DIBAO_MONTHLY_FEN } from './dibao-applications';
import { findPerson, refusedIfUnreadable } from './person-file';
import { RAISE_ENTERED_ON } from './standard-raise';

/** 低保 households of the registers none of whose members dies in the year. */
export function untouchedByDeaths(households: readonly HouseholdSeed[], deaths: ReadonlyArray<{ event: DeathEvent }>): HouseholdSeed[] {
  const dying = new Set(deaths.map((d) => d.event.residentId));
  return households.filter((h) => h.program === 'DIBAO' && h.members.every((m) => !dying.has(m.residentId)));
}

export function planDibaoStops(ctx: PlanContext, deaths: ReadonlyArray<{ event: DeathEvent }>): Array<{ day: number; event: DibaoStopEvent }> {
  const random = ctx.random('dibao-stop');
  const v = ctx.profile.volumes;
  const wanted = v.dibaoStopsIncome.n + v.dibaoStopsMovedAway.n;
  // Nor a household with a diner: the canteen prices a diner's meals by their coverage, and the
  // meals are planned with the coverage the registers' approvals give (kinds/meals.ts).
  const diners = new Set(ctx.population.diners.map((d) => d.residentId));
  const candidates = untouchedByDeaths(ctx.population.households, deaths).filter((h) => !h.members.some((m) => diners.has(m.residentId)));
  if (candidates.length < wanted) throw new Error(`only ${candidates.length} 低保 households of the registers see no death in the year and have no diner, the profile wants ${wanted} of them to stop`);
  const last = ctx.days.length - 1;
  // The service keeps a member's current income, not its history: the raise's arrears for the
  // month already paid would be judged with an income recorded in that month after its payment.
  // Income changes wait until the raise is entered (a limitation of the service, not of the bureau).
  const raiseMonth = `${ctx.year}-${RAISE_ENTERED_ON.slice(0, 2)}-01`;
  const raiseDay = `${ctx.year}-${RAISE_ENTERED_ON}`;
  const duringRaise = (day: number): boolean => ctx.days[day] >= raiseMonth && ctx.days[day] <= raiseDay;
  return random
    .shuffle(candidates)
    .slice(0, wanted)
    .map((household, i) => {
      const applicant = household.members[0];
      const key = `dibao-stop:${i}`;
      let day = random.int(Math.min(ctx.approvalsDay + 1, last), last);
      if (i >= v.dibaoStopsIncome.n) return { day, event: { kind: 'dibao-stop' as const, key, residentId: applicant.residentId, reason: 'MOVED_AWAY' as const } };
      while (duringRaise(day)) day = random.int(Math.min(ctx.approvalsDay + 1, last), last);
      // Per-capita income from 1.1 to 1.4 times the higher standard, on the applicant.
      const monthlyFen = Math.round(URBAN_DIBAO_MONTHLY_FEN * (1.1 + 0.3 * random.next())) * household.members.length;
      const source = ageOn(birthDateOf(applicant.residentId), ctx.days[0]) >= 60 ? ('PENSION' as const) : ('TRANSFER' as const);
      return { day, event: { kind: 'dibao-stop' as const, key, residentId: applicant.residentId, reason: 'INCOME_ABOVE_STANDARD' as const, incomes: [{ source, monthlyFen }] } };
    });
}

export function driveDibaoStop(event: DibaoStopEvent, ctx: DriveContext): Promise<Outcome> {
  return refusedIfUnreadable(() => stop(event, ctx));
}

async function stop(event: DibaoStopEvent, ctx: DriveContext): Promise<Outcome> {
  const file = await findPerson(ctx, event.residentId);
  const householdId = file?.households[0]?.householdId;
  const found = file?.cases.find((c) => c.program === 'DIBAO' && c.householdId === householdId);
  if (!householdId || !found) return refused('YEAR.NO_DIBAO_CASE', `${event.key}: no 低保 case of the household of ${event.residentId.slice(0, 6)}…`);
  // A rerun of the day: stopped already, for this reason.
  if (found.status === 'STOPPED' && found.reason === event.reason) return PRESENT;
  if (event.reason === 'MOVED_AWAY') {
    const res = await ctx.api.call('social-assistance', 'POST', `/api/v1/dibao/applications/${found.id}/stop`, 'approver2', { reason: 'MOVED_AWAY' });
    return res.status === 200 ? DONE : refused(problemCode(res), res.text);
  }
  const res = await ctx.api.call('social-assistance', 'POST', `/api/v1/households/${householdId}/income-changes`, 'clerk', { residentId: event.residentId, incomes: event.incomes ?? [], throughWork: false });
  if (res.status !== 200) return refused(problemCode(res), res.text);
  const outcome = (res.body as Array<{ caseId: string; decision: string }>).find((o) => o.caseId === found.id);
  return outcome?.decision === 'STOP' ? DONE : refused('YEAR.NOT_STOPPED', `${event.key}: the income change answered ${res.text.slice(0, 300)}`);
}
