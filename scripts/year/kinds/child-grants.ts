// Study grants and student aid (DOMAIN §5). In September orphans in school get the 福彩圆梦 grant
// and de facto unsupported children the study grant for the autumn term, at the amount the policy
// parameter gives (the service computes it). Student aid is paid by the education authority and
// recorded here for the orphans and de facto unsupported children aged 3 and more: the spring
// term's in April, the autumn term's in October, by school stage at the amounts below [A].
import { ageOn } from '../../../libs/common/src/resident-id/resident-id';
import type { ChildSeed } from '../../population/generate';
import { problemCode } from '../api';
import type { DriveContext, PlanContext } from '../context';
import type { StudentAidEvent, StudyGrantEvent } from '../events-children';
import { DONE, PRESENT, refused, type Outcome } from '../tally';
import { childIdOf, recognisableChildren } from './child-ledger';

type Planned<E> = { day: number; event: E };

/** [A] Student aid a term: 学前教育资助 500 yuan, 义务教育 (寄宿生生活补助) 625 yuan. */
export const STUDENT_AID_FEN_PER_TERM = { PRESCHOOL: 50_000, COMPULSORY: 62_500 } as const;
export const SCHOOL_AGE = 6;
export const PRESCHOOL_AGE = 3;

const daysOfMonth = (ctx: PlanContext, month: string): number[] => ctx.days.flatMap((d, i) => (d.slice(5, 7) === month ? [i] : []));

export function planChildGrants(ctx: PlanContext): Array<Planned<StudyGrantEvent | StudentAidEvent>> {
  const random = ctx.random('study-grant');
  const v = ctx.profile.volumes;
  const children = recognisableChildren(ctx.population);
  const september = daysOfMonth(ctx, '09');
  const planned: Array<Planned<StudyGrantEvent | StudentAidEvent>> = [];
  const grants = (category: ChildSeed['category'], grantKind: StudyGrantEvent['grantKind'], n: number): void => {
    const lastDay = ctx.days[september[0]];
    const inSchool = random.shuffle(children.filter((c) => c.category === category && ageOn(c.birthDate, lastDay) >= SCHOOL_AGE));
    if (inSchool.length < n) throw new Error(`only ${inSchool.length} children of category ${category} in school for ${n} ${grantKind} grants`);
    inSchool.slice(0, n).forEach((c, i) => {
      const event: StudyGrantEvent = { kind: 'study-grant', key: `study-grant:${grantKind}:${i}`, residentId: c.residentId, grantKind, term: `${ctx.year}-AUTUMN`, school: ageOn(c.birthDate, lastDay) >= 12 ? '乡初级中学' : '乡中心小学' };
      planned.push({ day: random.pick(september), event });
    });
  };
  grants('ORPHAN', 'FUCAI_YUANMENG', v.fucaiGrants.n);
  grants('DE_FACTO_UNSUPPORTED', 'DE_FACTO_STUDY', v.deFactoGrants.n);

  const first = ctx.days[0];
  const aided = random.shuffle(children.filter((c) => (c.category === 'ORPHAN' || c.category === 'DE_FACTO_UNSUPPORTED') && ageOn(c.birthDate, first) >= PRESCHOOL_AGE));
  const n = v.studentAidPerTerm.n;
  if (aided.length < n) throw new Error(`only ${aided.length} orphans and de facto unsupported children aged ${PRESCHOOL_AGE}+ for student aid to ${n}`);
  for (const [term, month] of [['SPRING', '04'], ['AUTUMN', '10']] as const) {
    const days = daysOfMonth(ctx, month);
    aided.slice(0, n).forEach((c, i) => {
      const day = random.pick(days);
      const stage = ageOn(c.birthDate, ctx.days[day]) >= SCHOOL_AGE ? 'COMPULSORY' : 'PRESCHOOL';
      planned.push({ day, event: { kind: 'student-aid', key: `student-aid:${term}:${i}`, residentId: c.residentId, stage, term: `${ctx.year}-${term}`, amountFen: STUDENT_AID_FEN_PER_TERM[stage] } });
    });
  }
  return planned;
}

export async function driveStudyGrant(event: StudyGrantEvent, ctx: DriveContext): Promise<Outcome> {
  const child = await childIdOf(ctx, event.residentId);
  if ('outcome' in child) return child.outcome;
  const res = await ctx.api.call('child-welfare', 'POST', `/api/v1/children/${child.id}/study-grants`, 'clerk', { kind: event.grantKind, term: event.term, grantedOn: ctx.day, school: event.school });
  if (res.status === 201) return DONE;
  if (problemCode(res) === 'STUDY_GRANT.ALREADY_GRANTED') return PRESENT;
  return refused(problemCode(res), res.text);
}

export async function driveStudentAid(event: StudentAidEvent, ctx: DriveContext): Promise<Outcome> {
  const child = await childIdOf(ctx, event.residentId);
  if ('outcome' in child) return child.outcome;
  const res = await ctx.api.call('child-welfare', 'POST', `/api/v1/children/${child.id}/student-aid`, 'clerk', {
    stage: event.stage,
    term: event.term,
    amountFen: event.amountFen,
    paidOn: ctx.day,
    paidThrough: '区教育委员会',
  });
  if (res.status === 201) return DONE;
  if (problemCode(res) === 'STUDENT_AID.ALREADY_RECORDED') return PRESENT;
  return refused(problemCode(res), res.text);
}
