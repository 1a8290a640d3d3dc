// Help needs (帮扶需求, DOMAIN §5): the village's child director raises a need for a child of the
// ledger, and it is closed when handled, 3 to 60 days later; a need raised late in the year may
// still be open at its end. One need per child.
import type { DriveContext, PlanContext } from '../context';
import type { HelpNeedCloseEvent, HelpNeedEvent, HelpNeedKind } from '../events-children';
import { DONE, PRESENT, refused, type Outcome } from '../tally';
import { problemCode } from '../api';
import { childIdOf, recognisableChildren } from './child-ledger';

type Planned<E> = { day: number; event: E };

/** What the needs are about and how they were met, as directors write them. */
const NEEDS: ReadonlyArray<{ kind: HelpNeedKind; description: string; resolution: string }> = [
  { kind: 'EDUCATION', description: '缺少学习用品，需要课外辅导', resolution: '乡镇送去学习用品，志愿者每周辅导一次' },
  { kind: 'HEALTH', description: '视力下降，需要配镜和复查', resolution: '联系医院免费验光配镜' },
  { kind: 'LIVING', description: '冬季衣被不足', resolution: '发放冬衣和棉被' },
  { kind: 'PSYCHOLOGICAL', description: '情绪低落，与同学交往少', resolution: '学校心理老师和儿童主任定期谈心' },
  { kind: 'SAFETY', description: '放学后无人看护', resolution: '安排村里的儿童之家课后看护' },
  { kind: 'OTHER', description: '户口和医保手续需要代办', resolution: '儿童主任代办完毕' },
];

export const HELP_CLOSED_AFTER_DAYS = { min: 3, max: 60 } as const;

export function planHelpNeeds(ctx: PlanContext): Array<Planned<HelpNeedEvent | HelpNeedCloseEvent>> {
  const random = ctx.random('help-need');
  const n = ctx.profile.volumes.helpNeeds.n;
  const children = random.shuffle(recognisableChildren(ctx.population));
  if (children.length < n) throw new Error(`only ${children.length} children of the registers for ${n} help needs`);
  const last = ctx.days.length - 1;
  const planned: Array<Planned<HelpNeedEvent | HelpNeedCloseEvent>> = [];
  children.slice(0, n).forEach((child, i) => {
    const need = random.pick(NEEDS);
    const key = `help-need:${i}`;
    const day = random.int(1, last);
    planned.push({ day, event: { kind: 'help-need', key, residentId: child.residentId, needKind: need.kind, description: need.description } });
    const closeDay = day + random.int(HELP_CLOSED_AFTER_DAYS.min, HELP_CLOSED_AFTER_DAYS.max);
    if (closeDay <= last) planned.push({ day: closeDay, event: { kind: 'help-need-close', key, residentId: child.residentId, resolution: need.resolution } });
  });
  return planned;
}

interface NeedAnswer {
  id: string;
  raisedOn: string;
  kind: string;
  status: string;
}

/** A rerun of a day: the need raised before for the child on the day. */
async function raisedBefore(childId: string, event: HelpNeedEvent, ctx: DriveContext): Promise<string | null> {
  const res = await ctx.api.call('child-welfare', 'GET', `/api/v1/children/${childId}/help-needs?pageSize=100`, 'clerk');
  if (res.status !== 200) return null;
  return (res.body as { items: NeedAnswer[] }).items.find((n) => n.raisedOn === ctx.day && n.kind === event.needKind)?.id ?? null;
}

export async function driveHelpNeed(event: HelpNeedEvent, ctx: DriveContext): Promise<Outcome> {
  const child = await childIdOf(ctx, event.residentId);
  if ('outcome' in child) return child.outcome;
  const before = ctx.mayRepeat ? await raisedBefore(child.id, event, ctx) : null;
  if (before) {
    ctx.refs[event.key] = before;
    return PRESENT;
  }
  const res = await ctx.api.call('child-welfare', 'POST', `/api/v1/children/${child.id}/help-needs`, 'clerk', { kind: event.needKind, description: event.description, raisedOn: ctx.day });
  if (res.status !== 201) return refused(problemCode(res), res.text);
  ctx.refs[event.key] = (res.body as NeedAnswer).id;
  return DONE;
}

export async function driveHelpNeedClose(event: HelpNeedCloseEvent, ctx: DriveContext): Promise<Outcome> {
  const needId = ctx.refs[event.key];
  if (!needId) return refused('YEAR.NEED_NOT_RAISED', `${event.key} was not raised, so there is nothing to close`);
  const child = await childIdOf(ctx, event.residentId);
  if ('outcome' in child) return child.outcome;
  const res = await ctx.api.call('child-welfare', 'POST', `/api/v1/children/${child.id}/help-needs/${needId}/close`, 'clerk', { closedOn: ctx.day, resolution: event.resolution });
  if (res.status === 201) return DONE;
  if (problemCode(res) === 'HELP.ALREADY_CLOSED') return PRESENT;
  return refused(problemCode(res), res.text);
}
