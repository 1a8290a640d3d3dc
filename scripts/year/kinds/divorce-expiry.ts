// The divorce applications whose certificate window has passed are deemed withdrawn (Civil Code
// art. 1077) by a job on a ten-minute timer. A simulated month passes in seconds, so the year runs
// the job itself on each month's first day and on the year's last (as an admin may), so that the
// year's figures never depend on when the timer happened to fire. The day written is the day
// after the deadline, whenever the job runs.
import { problemCode } from '../api';
import type { DriveContext, PlanContext } from '../context';
import type { DivorceExpiryEvent } from '../events';
import { DONE, refused, type Outcome } from '../tally';

export function planDivorceExpiry(ctx: PlanContext): Array<{ day: number; event: DivorceExpiryEvent }> {
  const last = ctx.days.length - 1;
  return ctx.days.flatMap((date, day) => (date.endsWith('-01') && day > 0) || day === last ? [{ day, event: { kind: 'divorce-expiry' as const, key: `divorce-expiry:${date}` } }] : []);
}

export async function driveDivorceExpiry(_event: DivorceExpiryEvent, ctx: DriveContext): Promise<Outcome> {
  for (let attempt = 0; attempt < 60; attempt++) {
    const res = await ctx.api.call('civil-registration', 'POST', '/api/v1/divorces/expire-overdue', 'admin');
    if (res.status !== 200) return refused(problemCode(res), res.text);
    // `ran: false`: the timer holds the job's lock just now.
    if ((res.body as { ran?: boolean }).ran !== false) return DONE;
    await ctx.api.sleep(1_000);
  }
  return refused('YEAR.DIVORCE_EXPIRY_LOCK_HELD', 'another run held the lock for a minute');
}
