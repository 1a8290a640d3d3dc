// The registers' 低保 cases, approved by an approver other than the clerk who took them once
// their public notice (公示, 7 days, DOMAIN §1) has ended: the approver works through the cases
// list at stage AWAITING_APPROVAL, as the console shows it. Payment starts the month after.
import { addDays } from '../../../libs/common/src/time/calendar-date';
import { inPool } from '../../population/load';
import { problemCode } from '../api';
import type { DriveContext, PlanContext } from '../context';
import type { DibaoApprovalsEvent } from '../events';
import { DONE, refused } from '../tally';

/**
 * Two weeks after the registers are loaded: the 7-day notice from the next day, moved by up to a
 * week when its last day is a holiday (Civil Code art. 203), has ended by then in any year.
 */
export const APPROVALS_AFTER_DAYS = 14;

export function planDibaoApprovals(ctx: PlanContext): Array<{ day: number; event: DibaoApprovalsEvent }> {
  const expected = ctx.profile.population.dibaoHouseholds * ctx.profile.population.cities;
  if (expected === 0) return [];
  return [{ day: ctx.approvalsDay, event: { kind: 'dibao-approvals', key: `dibao-approvals:${addDays(ctx.days[0], APPROVALS_AFTER_DAYS)}`, expected } }];
}

async function awaitingApproval(ctx: DriveContext): Promise<string[]> {
  const ids: string[] = [];
  for (let page = 1; ; page++) {
    const res = await ctx.api.call('social-assistance', 'GET', `/api/v1/cases?program=DIBAO&stage=AWAITING_APPROVAL&page=${page}&pageSize=100`, 'approver2');
    if (res.status !== 200) throw new Error(`the 低保 cases awaiting approval could not be read: ${res.status} ${res.text.slice(0, 300)}`);
    const { items, total } = res.body as { items: Array<{ id: string }>; total: number };
    ids.push(...items.map((c) => c.id));
    if (items.length === 0 || page * 100 >= total) return ids;
  }
}

export async function driveDibaoApprovals(_event: DibaoApprovalsEvent, ctx: DriveContext): Promise<void> {
  const ids = await awaitingApproval(ctx);
  await inPool(ids, ctx.concurrency, async (id) => {
    const res = await ctx.api.call('social-assistance', 'POST', `/api/v1/dibao/applications/${id}/approve`, 'approver2');
    ctx.record('dibao-approvals', res.status === 200 || res.status === 201 ? DONE : refused(problemCode(res), res.text), `低保 case ${id}`);
  });
}
