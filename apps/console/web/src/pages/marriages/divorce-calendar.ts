// 离婚日历's pure part: which days of a month carry a divorce application's dates, and what falls
// on one day. An application marks up to three days: the last day of cooling-off, the day the
// certificate window opens (the day after) and the window's last day.

export interface CalendarDivorce {
  id: string;
  coolingOffEndsOn: string;
  certificateWindowOpensOn: string;
  certificateDeadline: string;
}

export type DayEvent = 'coolingOffEnds' | 'windowOpens' | 'deadline';

const EVENTS: ReadonlyArray<[DayEvent, (d: CalendarDivorce) => string]> = [
  ['coolingOffEnds', (d) => d.coolingOffEndsOn],
  ['windowOpens', (d) => d.certificateWindowOpensOn],
  ['deadline', (d) => d.certificateDeadline],
];

/** How many applications have each event on `day` ('YYYY-MM-DD'); events with none are left out. */
export function countsOn(day: string, divorces: readonly CalendarDivorce[]): Partial<Record<DayEvent, number>> {
  const counts: Partial<Record<DayEvent, number>> = {};
  for (const [event, dateOf] of EVENTS) {
    const n = divorces.filter((d) => dateOf(d) === day).length;
    if (n > 0) counts[event] = n;
  }
  return counts;
}

/** The applications with an event on `day`, each with its events of the day. */
export function dueOn<D extends CalendarDivorce>(day: string, divorces: readonly D[]): Array<{ divorce: D; events: DayEvent[] }> {
  return divorces
    .map((divorce) => ({ divorce, events: EVENTS.filter(([, dateOf]) => dateOf(divorce) === day).map(([event]) => event) }))
    .filter((entry) => entry.events.length > 0);
}
