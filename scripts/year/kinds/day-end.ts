// Meals and home-care visits happen during the day, and a service refuses a meal or a visit time
// that lies in its future. The year's clocks stand at the day's first instant (drive.ts), so these
// kinds, last of the day, take their own service's clock on to the evening before they record the
// day's meals and visits as served. Only forward: the next day's move goes on from there.
import { problemCode } from '../api';
import type { DriveContext } from '../context';

export async function clockToEvening(ctx: DriveContext, service: string, time: string): Promise<void> {
  const at = `${ctx.day}T${time}:00+08:00`;
  const res = await ctx.api.call(service, 'PUT', '/api/v1/clock', 'admin', { at });
  if (res.status !== 200) throw new Error(`${service}: its clock could not be moved to ${at}: ${res.status} ${problemCode(res)} ${res.text.slice(0, 200)}`);
}
