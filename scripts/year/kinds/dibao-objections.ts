// Objections during the 低保 public notice (公示, DOMAIN §1 Lifecycle): someone in the village or
// community says a household in notice is better off than it declared; the clerk records it during
// the notice's seven days, the check (核查) that follows within four days finds it unfounded [A],
// and the clerk records that, so the approver can approve once the notice has ended (the service
// refuses an approval while an objection is open). One in twenty notices draws one [A].
import { problemCode } from '../api';
import type { DriveContext, PlanContext } from '../context';
import type { DibaoApplicationEvent, DibaoDecisionEvent, DibaoNoticeEvent, DibaoObjectionEvent, DibaoObjectionResolutionEvent } from '../events';
import { DONE, PRESENT, refused, type Outcome } from '../tally';

type Planned<E> = { day: number; event: E };

/** Days after the notice was posted that an objection comes (within its 7 days), and days the check takes. */
export const OBJECTION_AFTER_NOTICE_DAYS = { min: 1, max: 6 } as const;
export const RESOLVED_AFTER_DAYS = { min: 1, max: 4 } as const;

const OBJECTIONS: ReadonlyArray<[objection: string, resolution: string]> = [
  ['邻居反映申请人之子在外地务工，月收入较高（合成数据）', '核查：其子已另立户籍并独立生活，收入不计入本户，异议不成立（合成数据）'],
  ['村民反映申请人家中有一辆小汽车（合成数据）', '核查：车辆登记在已故配偶名下，已报废，不属于家庭财产，异议不成立（合成数据）'],
  ['群众反映申请人在镇上经营门店（合成数据）', '核查：门店系其亲属经营，申请人未参与经营、无收入，异议不成立（合成数据）'],
  ['邻居反映申请人家中新建住房（合成数据）', '核查：住房为危房改造项目资助建设，非自有资金，异议不成立（合成数据）'],
];

type Applications = ReadonlyArray<Planned<DibaoApplicationEvent | DibaoNoticeEvent | DibaoDecisionEvent>>;

export function planDibaoObjections(ctx: PlanContext, applications: Applications): Array<Planned<DibaoObjectionEvent | DibaoObjectionResolutionEvent>> {
  const random = ctx.random('dibao-objection');
  const n = ctx.profile.volumes.dibaoObjections.n;
  const approved = new Set(applications.filter((a) => a.event.kind === 'dibao-decision' && a.event.decision === 'APPROVE').map((a) => a.event.key));
  const notices = applications.filter((a) => a.event.kind === 'dibao-notice' && approved.has(a.event.key));
  if (notices.length < n) throw new Error(`${notices.length} 低保 notices cannot draw ${n} objections`);
  return random.shuffle(notices).slice(0, n).flatMap((notice, i) => {
    const [objection, resolution] = random.pick(OBJECTIONS);
    const raised = notice.day + random.int(OBJECTION_AFTER_NOTICE_DAYS.min, OBJECTION_AFTER_NOTICE_DAYS.max);
    const key = `dibao-objection:${i}`;
    return [
      { day: raised, event: { kind: 'dibao-objection' as const, key, applicationKey: notice.event.key, objection } },
      { day: raised + random.int(RESOLVED_AFTER_DAYS.min, RESOLVED_AFTER_DAYS.max), event: { kind: 'dibao-objection-resolution' as const, key, applicationKey: notice.event.key, resolution } },
    ];
  });
}

interface Objection {
  id: string;
  objection: string;
  resolvedOn: string | null;
}

/** The objection recorded; a day driven again finds it among the case's objections by its words. */
export async function driveDibaoObjection(event: DibaoObjectionEvent, ctx: DriveContext): Promise<Outcome> {
  const caseId = ctx.refs[event.applicationKey];
  if (!caseId) return refused('YEAR.NOT_APPLIED', `${event.applicationKey}: the application was not taken, so there is no notice to object to`);
  if (ctx.mayRepeat) {
    const listed = await ctx.api.call('social-assistance', 'GET', `/api/v1/dibao/applications/${caseId}/objections?pageSize=100`, 'clerk');
    const before = ((listed.body as { items?: Objection[] } | null)?.items ?? []).find((o) => o.objection === event.objection);
    if (before) {
      ctx.refs[event.key] = before.id;
      return PRESENT;
    }
  }
  const res = await ctx.api.call('social-assistance', 'POST', `/api/v1/dibao/applications/${caseId}/objections`, 'clerk', { objection: event.objection });
  if (res.status !== 201) return refused(problemCode(res), res.text);
  ctx.refs[event.key] = (res.body as Objection).id;
  return DONE;
}

export async function driveDibaoObjectionResolution(event: DibaoObjectionResolutionEvent, ctx: DriveContext): Promise<Outcome> {
  const objectionId = ctx.refs[event.key];
  const caseId = ctx.refs[event.applicationKey];
  if (!objectionId || !caseId) return refused('YEAR.OBJECTION_NOT_RECORDED', `${event.key}: the objection was not recorded, so there is nothing to resolve`);
  const res = await ctx.api.call('social-assistance', 'POST', `/api/v1/dibao/applications/${caseId}/objections/${objectionId}/resolve`, 'clerk', { resolution: event.resolution });
  if (res.status === 200) return DONE;
  if (problemCode(res) === 'DIBAO.OBJECTION_ALREADY_RESOLVED') return PRESENT;
  return refused(problemCode(res), res.text);
}
