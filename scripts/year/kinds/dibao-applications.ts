// 低保 applications during the year (DOMAIN §1 Lifecycle), as the bureau works them: a household
// new to the registers applies (the clerk records the household and takes the application); the
// household visit and 核对 (入户调查) follow within days; a true declaration goes into the 7-day
// public notice (公示) and is approved by an approver, not the clerk, once the notice has ended;
// a household the visit finds above the standard is refused by the approver. Payment starts the
// month after approval. Applications start after the registers' own cases are approved, so that
// the approver's work list of that day holds the registers' cases alone (kinds/dibao-approvals.ts).
import { dibaoHousehold, type HouseholdSeed } from '../../population/generate';
import { geography, PersonFactory, type Geography } from '../../population/people';
import type { Random } from '../../population/prng';
import { problemCode } from '../api';
import type { DriveContext, PlanContext } from '../context';
import type { DibaoApplicationEvent, DibaoDecisionEvent, DibaoNoticeEvent } from '../events';
import { DONE, PRESENT, refused, type Outcome } from '../tally';
import { residentIdsOf } from '../../population/generate';
import { findPerson, refusedIfUnreadable } from './person-file';

/** Days from the application to the household visit's outcome [A]. */
export const INVESTIGATION_AFTER_DAYS = { min: 3, max: 10 } as const;
/**
 * Days from posting the notice to the decision: 7 days from the next day, its last day moved to
 * the next working day when a holiday (Civil Code art. 203; at most 8 days, the Spring Festival),
 * so day 16 is always past it; the approver decides within the following week [A].
 */
export const DECISION_AFTER_NOTICE_DAYS = { min: 16, max: 21 } as const;
const LONGEST = INVESTIGATION_AFTER_DAYS.max + DECISION_AFTER_NOTICE_DAYS.max;

/**
 * The city's urban 低保 standard from 2024-07 in fen a month (DOMAIN §1, 735 yuan), the higher of
 * the two: a refused household's income is drawn above it, so it is above either standard all year.
 * Data for the synthetic households, not a rule: the services judge with their own parameters.
 */
export const URBAN_DIBAO_MONTHLY_FEN = 73_500;

export const INVESTIGATION_TRUE = '入户调查与信息核对：家庭收入、财产与申报一致，符合低保条件（合成数据）';
export const REFUSAL_REASON = '入户调查与信息核对：家庭人均收入高于低保标准，不符合低保条件（合成数据）';

type Planned = { day: number; event: DibaoApplicationEvent | DibaoNoticeEvent | DibaoDecisionEvent };

/** Per-capita income between 1.1 and 1.4 times the higher standard, all on the applicant. */
export function aboveStandard(random: Random, members: number): Array<{ source: 'WAGES'; monthlyFen: number }> {
  return [{ source: 'WAGES', monthlyFen: Math.round(URBAN_DIBAO_MONTHLY_FEN * (1.1 + 0.3 * random.next())) * members }];
}

/** A household of people none of the registers holds, elders included (the registers' elders keep their own cases). */
function newHousehold(random: Random, people: PersonFactory, geo: Geography, taken: ReadonlySet<string>): Omit<HouseholdSeed, 'program' | 'tekun'> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const { program: _program, tekun: _tekun, ...household } = dibaoHousehold(random, people, geo, () => people.person(geo, random.int(60, 85)));
    if (household.members.every((m) => !taken.has(m.residentId))) return household;
  }
  throw new Error('no household of people outside the registers could be drawn');
}

export function planDibaoApplications(ctx: PlanContext): Planned[] {
  const random = ctx.random('dibao-application');
  const v = ctx.profile.volumes;
  const first = ctx.approvalsDay + 1;
  const lastApply = ctx.days.length - 1 - LONGEST;
  if (v.dibaoApplications.n > 0 && lastApply < first) throw new Error('the year is too short for a 低保 application to be decided in it');
  const taken = residentIdsOf(ctx.population);
  const people = new PersonFactory(random, ctx.days[0]);
  const geos = new Map<number, Geography>();
  const refusedOnes = new Set(random.shuffle(Array.from({ length: v.dibaoApplications.n }, (_v, i) => i)).slice(0, v.dibaoRefusals.n));
  const planned: Planned[] = [];
  for (let i = 0; i < v.dibaoApplications.n; i++) {
    const city = random.int(1, ctx.profile.population.cities);
    const geo = geos.get(city) ?? geos.set(city, geography(city, ctx.profile.population)).get(city)!;
    const household = newHousehold(random, people, geo, taken);
    const key = `dibao-application:${i}`;
    const applyDay = random.int(first, lastApply);
    const visitDay = applyDay + random.int(INVESTIGATION_AFTER_DAYS.min, INVESTIGATION_AFTER_DAYS.max);
    if (refusedOnes.has(i)) {
      household.members[0].incomes = aboveStandard(random, household.members.length);
      planned.push({ day: applyDay, event: { kind: 'dibao-application', key, household } });
      planned.push({ day: visitDay, event: { kind: 'dibao-decision', key, decision: 'REJECT', reason: REFUSAL_REASON } });
      continue;
    }
    planned.push({ day: applyDay, event: { kind: 'dibao-application', key, household } });
    planned.push({ day: visitDay, event: { kind: 'dibao-notice', key, investigation: INVESTIGATION_TRUE } });
    planned.push({ day: visitDay + random.int(DECISION_AFTER_NOTICE_DAYS.min, DECISION_AFTER_NOTICE_DAYS.max), event: { kind: 'dibao-decision', key, decision: 'APPROVE' } });
  }
  return planned;
}

interface CaseAnswer {
  id: string;
  program: string;
  status: string;
  householdId: string;
}

/** A rerun of the day: the household recorded before and its 低保 case, found by the applicant's file. */
async function appliedBefore(residentId: string, ctx: DriveContext): Promise<{ householdId: string; caseId: string | null } | null> {
  const file = await findPerson(ctx, residentId);
  const householdId = file?.households[0]?.householdId;
  if (!householdId) return null;
  const open = file.cases.find((c) => c.program === 'DIBAO' && c.householdId === householdId);
  return { householdId, caseId: open?.id ?? null };
}

export function driveDibaoApplication(event: DibaoApplicationEvent, ctx: DriveContext): Promise<Outcome> {
  return refusedIfUnreadable(() => apply(event, ctx));
}

async function apply(event: DibaoApplicationEvent, ctx: DriveContext): Promise<Outcome> {
  const before = await appliedBefore(event.household.members[0].residentId, ctx);
  if (before?.caseId) {
    ctx.refs[event.key] = before.caseId;
    return PRESENT;
  }
  let householdId = before?.householdId;
  if (!householdId) {
    const created = await ctx.api.call('social-assistance', 'POST', '/api/v1/households', 'clerk', event.household);
    if (created.status !== 201) return refused(problemCode(created), `household: ${created.text}`);
    householdId = (created.body as { id: string }).id;
  }
  const applied = await ctx.api.call('social-assistance', 'POST', '/api/v1/dibao/applications', 'clerk', { householdId });
  if (applied.status !== 201) return refused(problemCode(applied), `application: ${applied.text}`);
  ctx.refs[event.key] = (applied.body as CaseAnswer).id;
  return DONE;
}

/** A transition refused because the case has moved on already (a rerun): PRESENT when it is where the event takes it. */
async function alreadyAt(caseId: string, statuses: readonly string[], ctx: DriveContext): Promise<boolean> {
  const now = await ctx.api.call('social-assistance', 'GET', `/api/v1/dibao/applications/${caseId}`, 'clerk');
  return now.status === 200 && statuses.includes((now.body as CaseAnswer).status);
}

export async function driveDibaoNotice(event: DibaoNoticeEvent, ctx: DriveContext): Promise<Outcome> {
  const caseId = ctx.refs[event.key];
  if (!caseId) return refused('YEAR.NOT_APPLIED', `${event.key}: the application was not taken, so there is nothing to investigate`);
  const res = await ctx.api.call('social-assistance', 'POST', `/api/v1/dibao/applications/${caseId}/public-notice`, 'clerk', { investigation: event.investigation });
  if (res.status === 200) return DONE;
  if (problemCode(res) === 'DIBAO.INVALID_TRANSITION' && (await alreadyAt(caseId, ['IN_PUBLIC_NOTICE'], ctx))) return PRESENT;
  return refused(problemCode(res), res.text);
}

export async function driveDibaoDecision(event: DibaoDecisionEvent, ctx: DriveContext): Promise<Outcome> {
  const caseId = ctx.refs[event.key];
  if (!caseId) return refused('YEAR.NOT_APPLIED', `${event.key}: the application was not taken, so there is nothing to decide`);
  const approve = event.decision === 'APPROVE';
  const path = `/api/v1/dibao/applications/${caseId}/${approve ? 'approve' : 'reject'}`;
  const res = await ctx.api.call('social-assistance', 'POST', path, 'approver2', approve ? undefined : { reason: event.reason });
  if (res.status === 200) return DONE;
  if (problemCode(res) === 'DIBAO.INVALID_TRANSITION' && (await alreadyAt(caseId, approve ? ['APPROVED', 'ACTIVE'] : ['REJECTED'], ctx))) return PRESENT;
  return refused(problemCode(res), res.text);
}
