// The home-care providers' monthly settlements (DOMAIN §4): on a month's first day, last month's
// confirmed visits of each provider that made any are drawn up by the clerk and approved by an
// approver (maker and checker), which hands the subsidy to payments (一卡通). December is settled
// in January, after the year.
import { problemCode } from '../api';
import type { DriveContext, PlanContext } from '../context';
import type { HomeCareSettlementEvent, HomeCareVisitsEvent } from '../events';
import { DONE, PRESENT, refused, type Outcome } from '../tally';
import { HOME_CARE_PROVIDERS, providerIds } from './home-care-providers';

type Planned<E> = { day: number; event: E };

export function planHomeCareSettlements(ctx: PlanContext, visits: ReadonlyArray<Planned<HomeCareVisitsEvent>>): Array<Planned<HomeCareSettlementEvent>> {
  const sums = new Map<string, { providerNo: number; month: string; visits: number; subsidyFen: number }>();
  for (const { day, event } of visits) {
    const month = ctx.days[day].slice(0, 7);
    for (const visit of event.visits) {
      const key = `${HOME_CARE_PROVIDERS[visit.providerNo].code}:${month}`;
      const sum = sums.get(key) ?? sums.set(key, { providerNo: visit.providerNo, month, visits: 0, subsidyFen: 0 }).get(key)!;
      sum.visits++;
      sum.subsidyFen += visit.subsidyFen;
    }
  }
  const planned: Array<Planned<HomeCareSettlementEvent>> = [];
  for (const [key, sum] of [...sums.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const day = ctx.days.findIndex((d) => d.endsWith('-01') && d.slice(0, 7) > sum.month);
    if (day !== -1) planned.push({ day, event: { kind: 'home-care-settlement', key: `home-care-settlement:${key}`, ...sum } });
  }
  return planned.sort((a, b) => a.day - b.day);
}

interface Settlement {
  id: string;
  orders: number;
  subsidyFen: number;
  status: string;
}

export async function driveHomeCareSettlement(event: HomeCareSettlementEvent, ctx: DriveContext): Promise<Outcome> {
  const providerId = (await providerIds(ctx))[event.providerNo];
  const drawn = await ctx.api.call('elderly-care', 'POST', '/api/v1/home-care/settlements', 'clerk', { providerId, month: event.month });
  if (drawn.status !== 200) return refused(problemCode(drawn), `draw up: ${drawn.text}`);
  const { settlement } = drawn.body as { settlement: Settlement };
  if (settlement.orders !== event.visits || settlement.subsidyFen !== event.subsidyFen) {
    return refused('YEAR.SETTLEMENT_NOT_AS_PLANNED', `${HOME_CARE_PROVIDERS[event.providerNo].code} ${event.month}: ${settlement.orders} visits, ${settlement.subsidyFen} fen; planned ${event.visits}, ${event.subsidyFen} fen`);
  }
  const approval = await ctx.api.call('elderly-care', 'POST', `/api/v1/home-care/settlements/${settlement.id}/approve`, 'approver2');
  if (approval.status === 200) return DONE;
  if (problemCode(approval) === 'HOME_CARE.SETTLEMENT_ALREADY_APPROVED') return PRESENT;
  return refused(problemCode(approval), `approval: ${approval.text}`);
}
