// The monthly work of the bureau (DOMAIN §8): on each month's first day, for each programme that
// pays people every month, the month's payroll is run by one approver and approved by another
// (maker and checker), which releases its lines to payments (一卡通). Elderly care first grants the
// month's high-age allowances (免申即享; its timer would, hourly, but the year does not wait an hour).
import { postLongWork, problemCode } from '../api';
import type { DriveContext, PlanContext } from '../context';
import { PAYROLL_PROGRAMMES, type PayrollEvent } from '../events';
import { DONE, PRESENT, refused, type Outcome } from '../tally';

export function planPayrolls(ctx: PlanContext): Array<{ day: number; event: PayrollEvent }> {
  const planned: Array<{ day: number; event: PayrollEvent }> = [];
  ctx.days.forEach((date, day) => {
    if (!date.endsWith('-01')) return;
    const month = date.slice(0, 7);
    for (const programme of PAYROLL_PROGRAMMES) planned.push({ day, event: { kind: 'payroll', key: `payroll:${programme}:${month}`, programme, month } });
  });
  return planned;
}

/** The high-age grant of the month; `ran: false` means the timer holds the lock just now, so it is asked again. */
async function grantHighAge(month: string, ctx: DriveContext): Promise<Outcome | null> {
  for (let attempt = 0; attempt < 60; attempt++) {
    const res = await ctx.api.call('elderly-care', 'POST', '/api/v1/allowances/high-age/run', 'admin', { month });
    if (res.status !== 200) return refused(problemCode(res), `high-age grant ${month}: ${res.text}`);
    if ((res.body as { ran?: boolean }).ran !== false) return null;
    await ctx.api.sleep(1_000);
  }
  return refused('YEAR.HIGH_AGE_LOCK_HELD', `high-age grant ${month}: another run held the lock for a minute`);
}

export async function drivePayroll(event: PayrollEvent, ctx: DriveContext): Promise<Outcome> {
  const { programme, month } = event;
  if (programme === 'elderly-care') {
    const failed = await grantHighAge(month, ctx);
    if (failed) return failed;
  }
  const run = await postLongWork(ctx.api, programme, '/api/v1/payrolls', 'approver1', { month });
  if (run.status !== 200 && run.status !== 201) return refused(problemCode(run), `run: ${run.text}`);
  const approval = await ctx.api.call(programme, 'POST', `/api/v1/payrolls/${month}/approve`, 'approver2');
  if (approval.status === 200) return DONE;
  if (problemCode(approval) === 'PAYROLL.ALREADY_APPROVED') return PRESENT;
  return refused(problemCode(approval), `approval: ${approval.text}`);
}
