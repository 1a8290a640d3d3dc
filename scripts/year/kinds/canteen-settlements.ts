// The canteens' monthly settlements (DOMAIN §7): on a month's first day, last month's meal log of
// each canteen that served meals is opened as its claim by the clerk and approved for payment by an
// approver (maker and checker), which closes the month for the canteen and hands the subsidy to
// payments (一卡通). December is settled in January, after the year.
import { problemCode } from '../api';
import type { DriveContext, PlanContext } from '../context';
import type { CanteenSettlementEvent, MealsEvent } from '../events';
import { referenceCanteens } from '../reference';
import { DONE, PRESENT, refused, type Outcome } from '../tally';
import { canteenIds } from './canteen-ids';

type Planned<E> = { day: number; event: E };

export function planCanteenSettlements(ctx: PlanContext, meals: ReadonlyArray<Planned<MealsEvent>>): Array<Planned<CanteenSettlementEvent>> {
  const canteens = referenceCanteens();
  const sums = new Map<string, { canteenNo: number; month: string; meals: number; subsidyFen: number }>();
  for (const { day, event } of meals) {
    const month = ctx.days[day].slice(0, 7);
    for (const meal of event.meals) {
      const canteenNo = ctx.population.diners[meal.diner].canteenNo % canteens.length;
      const key = `${canteens[canteenNo].code}:${month}`;
      const sum = sums.get(key) ?? sums.set(key, { canteenNo, month, meals: 0, subsidyFen: 0 }).get(key)!;
      sum.meals++;
      sum.subsidyFen += meal.subsidyFen;
    }
  }
  const planned: Array<Planned<CanteenSettlementEvent>> = [];
  for (const [key, sum] of [...sums.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const day = ctx.days.findIndex((d) => d.endsWith('-01') && d.slice(0, 7) > sum.month);
    if (day !== -1) planned.push({ day, event: { kind: 'canteen-settlement', key: `canteen-settlement:${key}`, ...sum } });
  }
  return planned.sort((a, b) => a.day - b.day);
}

/** A rerun of the day: the settlement opened before, found in the month's list. */
async function openedBefore(canteenId: string, month: string, ctx: DriveContext): Promise<string | null> {
  const res = await ctx.api.call('canteen', 'GET', `/api/v1/settlements?month=${month}&pageSize=100`, 'approver2');
  if (res.status !== 200) return null;
  return (res.body as { items: Array<{ id: string; canteenId: string }> }).items.find((s) => s.canteenId === canteenId)?.id ?? null;
}

export async function driveCanteenSettlement(event: CanteenSettlementEvent, ctx: DriveContext): Promise<Outcome> {
  const canteenId = (await canteenIds(ctx))[event.canteenNo];
  const opened = await ctx.api.call('canteen', 'POST', '/api/v1/settlements', 'clerk', { canteenId, month: event.month });
  const id = opened.status === 201 ? (opened.body as { id: string }).id : problemCode(opened) === 'SETTLEMENT.ALREADY_OPEN' ? await openedBefore(canteenId, event.month, ctx) : null;
  if (id === null) return refused(problemCode(opened), `open: ${opened.text}`);
  const approval = await ctx.api.call('canteen', 'POST', `/api/v1/settlements/${id}/approve`, 'approver2');
  if (problemCode(approval) === 'SETTLEMENT.ALREADY_APPROVED') return PRESENT;
  if (approval.status !== 200) return refused(problemCode(approval), `approval: ${approval.text}`);
  const { mealCount, subsidyFen } = approval.body as { mealCount: number; subsidyFen: number };
  if (mealCount !== event.meals || subsidyFen !== event.subsidyFen) {
    return refused('YEAR.SETTLEMENT_NOT_AS_PLANNED', `${referenceCanteens()[event.canteenNo].code} ${event.month}: ${mealCount} meals, ${subsidyFen} fen; planned ${event.meals}, ${event.subsidyFen} fen`);
  }
  return DONE;
}
