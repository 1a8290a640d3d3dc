// The night between two months: before the clocks move into a new month (whose payrolls are run
// on its first day) and after the year's last day (before its reports are read), the year waits
// until every service has published its outbox and handled the events in its queue, as read on
// their /metrics (what an operator's Prometheus reads). Otherwise a death on the last day of a
// month could reach social assistance after the next month's payroll, and two runs of one seed
// would pay different amounts. Dead letters are reported: a cascade that failed.
import type { YearApi } from './api';

export interface Backlog {
  /** Outbox events not yet published. */
  outbox: number;
  /** Events waiting in the service's queue. */
  queued: number;
  deadLetters: number;
}

function gauge(metrics: string, name: string, queue?: string): number {
  const line = metrics.split('\n').find((l) => l.startsWith(`${name}{`) && (queue === undefined || l.includes(`queue="${queue}"`)));
  return line ? Number(line.slice(line.lastIndexOf(' ') + 1)) : 0;
}

/** The messaging gauges of a /metrics text (prom-client's exposition format). */
export function backlogOf(metrics: string): Backlog {
  return {
    outbox: gauge(metrics, 'civil_affairs_outbox_backlog'),
    queued: gauge(metrics, 'civil_affairs_queue_messages', 'events'),
    deadLetters: gauge(metrics, 'civil_affairs_queue_messages', 'dlq'),
  };
}

export interface SettleOptions {
  /** Readings in a row with nothing waiting anywhere: a handler at work holds its message unacknowledged, unseen by the queue depth, until its follow-ups are in the outbox. */
  quietReadings?: number;
  pollMs?: number;
  timeoutMs?: number;
}

/** Waits until the services are quiet; answers their dead letters. Throws when they do not quieten in time. */
export async function settle(api: YearApi, services: readonly string[], options: SettleOptions = {}): Promise<Record<string, number>> {
  const { quietReadings = 3, pollMs = 100, timeoutMs = 300_000 } = options;
  const deadline = Date.now() + timeoutMs;
  let quiet = 0;
  let last: Record<string, Backlog>;
  for (;;) {
    const readings = await Promise.all(services.map(async (s) => [s, backlogOf((await api.call(s, 'GET', '/metrics', 'admin')).text)] as const));
    last = Object.fromEntries(readings);
    quiet = readings.every(([, b]) => b.outbox === 0 && b.queued === 0) ? quiet + 1 : 0;
    if (quiet >= quietReadings) return Object.fromEntries(readings.filter(([, b]) => b.deadLetters > 0).map(([s, b]) => [s, b.deadLetters]));
    if (Date.now() > deadline) throw new Error(`the services did not quieten within ${timeoutMs / 1000} s: ${JSON.stringify(last)}`);
    await api.sleep(pollMs);
  }
}
