// Before a year is driven: every service must run on the simulated clock and stand no later than
// the first day to drive (simulated time moves only forward), else the year would be driven on
// days the services are not on. Reading is I/O; the judgement is pure.
import { addDays } from '../../libs/common/src/time/calendar-date';
import type { YearApi } from './api';

export interface ClockReading {
  service: string;
  /** 0 when the service did not answer. */
  status: number;
  mode?: string;
  today?: string;
  detail?: string;
}

export async function readClocks(api: YearApi, services: readonly string[]): Promise<ClockReading[]> {
  return Promise.all(
    services.map(async (service): Promise<ClockReading> => {
      try {
        const res = await api.call(service, 'GET', '/api/v1/clock', 'admin');
        const body = (res.body ?? {}) as { mode?: string; today?: string; code?: string };
        return { service, status: res.status, mode: body.mode, today: body.today, detail: body.code ?? res.text.slice(0, 200) };
      } catch (err) {
        return { service, status: 0, detail: (err as Error).message };
      }
    }),
  );
}

/** The first day a run drives: the year's first, or the day after the checkpoint's last complete day. */
export function firstDayToDrive(year: number, lastCompletedDay: string | null): string {
  return lastCompletedDay === null ? `${year}-01-01` : addDays(lastCompletedDay, 1);
}

/** Why the year cannot be driven on these clocks, one line per service at fault; empty when it can. */
export function clockRefusals(readings: readonly ClockReading[], firstDay: string, resuming: boolean): string[] {
  const start = `CLOCK_SIMULATED_START=${firstDay.slice(0, 4)}-01-01`;
  return readings.flatMap((r): string[] => {
    if (r.status === 0) return [`${r.service}: not reachable (${r.detail}); start the platform with ${start}`];
    if (r.status !== 200) return [`${r.service}: GET /api/v1/clock answered ${r.status} ${r.detail ?? ''}`.trim()];
    if (r.mode !== 'simulated') return [`${r.service} runs on the ${r.mode} clock, not a simulated one: start it with ${start}`];
    if (r.today !== undefined && r.today > firstDay) {
      return [
        resuming
          ? `${r.service} is at ${r.today}, past ${firstDay} where the checkpoint resumes: simulated time moves only forward`
          : `${r.service} is at ${r.today}, past ${firstDay}: simulated time moves only forward, so a new year needs a platform started afresh (new databases, Redis) with ${start}`,
      ];
    }
    return [];
  });
}
