// 特困 applications during the year (DOMAIN §2), as the bureau works them: a person new to the
// registers, aged 60+ or severely disabled, with income below the 低保 standard and few assets,
// applies (the clerk records their household of one and takes the application); the household
// visit, 核对 and the township's review take 10 to 30 days [A]; an approver other than the clerk
// then approves (paid from the next month) or refuses, the visit having found a legal supporter able
// to support them (one in six [A]). New applicants live at home: dispersed care (分散供养) [A].
// Applications start after the registers' own cases are approved and end in time to be decided
// in the year. 特困 has no public notice in the service (only 低保 has, kinds/dibao-objections.ts).
import { RURAL_DIBAO_MONTHLY_FEN, residentIdsOf } from '../../population/generate';
import { geography, PersonFactory, type Geography } from '../../population/people';
import { problemCode } from '../api';
import type { DriveContext, PlanContext } from '../context';
import type { TekunApplicationEvent, TekunDecisionEvent, YearEvent } from '../events';
import { DONE, PRESENT, refused, type Outcome } from '../tally';
import { findPerson, refusedIfUnreadable } from './person-file';

type Planned = { day: number; event: TekunApplicationEvent | TekunDecisionEvent };

export const TEKUN_DECIDED_AFTER_DAYS = { min: 10, max: 30 } as const;
export const TEKUN_REFUSAL_REASON = '入户调查与信息核对：申请人有具备赡养能力的法定赡养人，不符合特困人员认定条件（合成数据）';
/** Of the applicants, the share aged 60+; the others are severely disabled adults under 60 [A, as the registers' 特困]. */
const ELDERLY_SHARE = 0.8;

/** Everyone the other kinds planned before: the new applicants are none of them. */
function peopleOf(others: ReadonlyArray<{ event: YearEvent }>): string[] {
  return others.flatMap(({ event }) => {
    if (event.kind === 'dibao-application') return event.household.members.map((m) => m.residentId);
    if (event.kind === 'marriage' || event.kind === 'divorce-application') return [...event.partyResidentIds];
    return [];
  });
}

export function planTekunApplications(ctx: PlanContext, others: ReadonlyArray<{ event: YearEvent }>): Planned[] {
  const random = ctx.random('tekun-application');
  const v = ctx.profile.volumes;
  const first = ctx.approvalsDay + 1;
  const lastApply = ctx.days.length - 1 - TEKUN_DECIDED_AFTER_DAYS.max;
  if (v.tekunApplications.n > 0 && lastApply < first) throw new Error('the year is too short for a 特困 application to be decided in it');
  const people = new PersonFactory(random, ctx.days[0]).reserve(residentIdsOf(ctx.population)).reserve(peopleOf(others));
  const geos = new Map<number, Geography>();
  const refusedOnes = new Set(random.shuffle(Array.from({ length: v.tekunApplications.n }, (_v, i) => i)).slice(0, v.tekunRefusals.n));
  const planned: Planned[] = [];
  for (let i = 0; i < v.tekunApplications.n; i++) {
    const city = random.int(1, ctx.profile.population.cities);
    const geo = geos.get(city) ?? geos.set(city, geography(city, ctx.profile.population)).get(city)!;
    const elderly = random.chance(ELDERLY_SHARE);
    const person = people.person(geo, elderly ? random.int(60, 90) : random.int(20, 59));
    const pension = random.chance(0.5) ? Math.floor(random.next() * 0.3 * RURAL_DIBAO_MONTHLY_FEN) : 0;
    const key = `tekun-application:${i}`;
    const household: TekunApplicationEvent['household'] = {
      area: random.chance(0.6) ? 'URBAN' : 'RURAL',
      regionCode: person.townshipCode,
      financialAssetsFen: random.int(0, 3 * RURAL_DIBAO_MONTHLY_FEN),
      members: [{ residentId: person.residentId, name: person.name, relation: 'APPLICANT', incomes: pension > 0 ? [{ source: 'PENSION', monthlyFen: pension }] : [], categories: elderly ? [] : ['SEVERELY_DISABLED'] }],
    };
    const applyDay = random.int(first, lastApply);
    planned.push({ day: applyDay, event: { kind: 'tekun-application', key, household, tekun: { residentId: person.residentId, careForm: 'DISPERSED', unableActivities: random.int(0, 6) } } });
    const decision: TekunDecisionEvent = refusedOnes.has(i) ? { kind: 'tekun-decision', key, decision: 'REJECT', reason: TEKUN_REFUSAL_REASON } : { kind: 'tekun-decision', key, decision: 'APPROVE' };
    planned.push({ day: applyDay + random.int(TEKUN_DECIDED_AFTER_DAYS.min, TEKUN_DECIDED_AFTER_DAYS.max), event: decision });
  }
  return planned;
}

export function driveTekunApplication(event: TekunApplicationEvent, ctx: DriveContext): Promise<Outcome> {
  return refusedIfUnreadable(() => apply(event, ctx));
}

/** A rerun of the day finds the household and the case recorded before by the applicant's file. */
async function apply(event: TekunApplicationEvent, ctx: DriveContext): Promise<Outcome> {
  const file = await findPerson(ctx, event.tekun.residentId);
  const before = file?.cases.find((c) => c.program === 'TEKUN');
  if (before) {
    ctx.refs[event.key] = before.id;
    return PRESENT;
  }
  let householdId = file?.households[0]?.householdId;
  if (!householdId) {
    const created = await ctx.api.call('social-assistance', 'POST', '/api/v1/households', 'clerk', event.household);
    if (created.status !== 201) return refused(problemCode(created), `household: ${created.text}`);
    householdId = (created.body as { id: string }).id;
  }
  const applied = await ctx.api.call('social-assistance', 'POST', '/api/v1/tekun/applications', 'clerk', { householdId, ...event.tekun, hasAbleSupporter: false });
  if (applied.status !== 201) return refused(problemCode(applied), `application: ${applied.text}`);
  ctx.refs[event.key] = (applied.body as { id: string }).id;
  return DONE;
}

export async function driveTekunDecision(event: TekunDecisionEvent, ctx: DriveContext): Promise<Outcome> {
  const caseId = ctx.refs[event.key];
  if (!caseId) return refused('YEAR.NOT_APPLIED', `${event.key}: the application was not taken, so there is nothing to decide`);
  const approve = event.decision === 'APPROVE';
  const res = await ctx.api.call('social-assistance', 'POST', `/api/v1/tekun/applications/${caseId}/${approve ? 'approve' : 'reject'}`, 'approver2', approve ? undefined : { reason: event.reason });
  if (res.status === 200) return DONE;
  if (problemCode(res) === 'TEKUN.INVALID_TRANSITION') {
    const now = await ctx.api.call('social-assistance', 'GET', `/api/v1/tekun/applications/${caseId}`, 'clerk');
    if (now.status === 200 && (approve ? ['APPROVED', 'ACTIVE'] : ['REJECTED']).includes((now.body as { status: string }).status)) return PRESENT;
  }
  return refused(problemCode(res), res.text);
}
