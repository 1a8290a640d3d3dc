// Periodic review of 低保 households (DOMAIN §1): stable households (every member elderly,
// severely disabled or seriously ill) yearly, others every 6 months [A] — intervals are parameters.
import { assertCalendarDate, daysInMonth, formatCalendarDate } from '@app/common/time/calendar-date';
import { YearMonth } from '@app/common/time/year-month';

export const STABLE_CATEGORIES = ['ELDERLY', 'SEVERELY_DISABLED', 'SERIOUSLY_ILL'] as const;

export interface ReviewIntervals {
  STABLE: number;
  OTHER: number;
}

export function isStableHousehold(members: ReadonlyArray<{ categories: readonly string[] }>): boolean {
  return members.length > 0 && members.every((m) => m.categories.some((c) => (STABLE_CATEGORIES as readonly string[]).includes(c)));
}

/** The same day `months` later, clamped to the month's last day (31 Aug + 6 → 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const { year, month, day } = assertCalendarDate(date);
  const target = YearMonth.of(year, month).plus(months);
  return formatCalendarDate(target.year, target.month, Math.min(day, daysInMonth(target.year, target.month)));
}

export function reviewDueOn(decidedOn: string, members: ReadonlyArray<{ categories: readonly string[] }>, intervals: ReviewIntervals): string {
  return addMonths(decidedOn, isStableHousehold(members) ? intervals.STABLE : intervals.OTHER);
}

/** A life event (marriage, divorce) brings the review forward, never pushes it back. */
export function earlierDue(current: string | null, eventDate: string): string {
  return current === null || eventDate < current ? eventDate : current;
}
