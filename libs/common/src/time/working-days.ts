// Working days under the State Council's yearly holiday calendar (DOMAIN §0). A deadline counted
// in days whose last day is a statutory holiday or a rest day moves to the next working day
// (Civil Code art. 203); a period counted in working days (the 7-day 公示 where a service's
// parameter says so) skips them. The calendar is a policy parameter, one row per year, because
// the State Council publishes it each December: holidays and make-up working days (调休) move.
import { z } from 'zod';
import { addDays, assertCalendarDate, isCalendarDate } from './calendar-date';

const dateList = z.array(z.string().refine(isCalendarDate, { message: 'must be a real date YYYY-MM-DD' }));

/** The value of a `<service>.public-holidays` policy parameter: one year of the calendar. */
export const holidayCalendarSchema = z.object({
  /** Every day off of a statutory holiday period, weekend days inside the period included. */
  holidays: dateList,
  /** Saturdays and Sundays that are working days because a holiday borrowed them (调休). */
  workdays: dateList,
});

export type HolidayCalendar = z.infer<typeof holidayCalendarSchema>;

/** Several years' rows read as one calendar: a deadline may run from December into January. */
export function mergeHolidayCalendars(calendars: ReadonlyArray<HolidayCalendar>): HolidayCalendar {
  return {
    holidays: calendars.flatMap((calendar) => calendar.holidays),
    workdays: calendars.flatMap((calendar) => calendar.workdays),
  };
}

function isWeekend(date: string): boolean {
  const { year, month, day } = assertCalendarDate(date);
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0-99 as 1900-1999.
  const utc = new Date(0);
  utc.setUTCFullYear(year, month - 1, day);
  const dayOfWeek = utc.getUTCDay();
  return dayOfWeek === 0 || dayOfWeek === 6;
}

/**
 * Whether `date` is a working day. A year the calendar does not cover falls back to Monday to
 * Friday: the five-day week is statute, only the holidays need the yearly notice.
 */
export function isWorkingDay(date: string, calendar: HolidayCalendar): boolean {
  if (calendar.holidays.includes(date)) return false;
  if (calendar.workdays.includes(date)) return true;
  return !isWeekend(date);
}

/** `date` itself when it is a working day, else the first working day after it (art. 203). */
export function onOrNextWorkingDay(date: string, calendar: HolidayCalendar): string {
  let day = date;
  // A holiday period is at most a few weeks long; a year without a working day is bad data.
  for (let guard = 0; guard < 366; guard++) {
    if (isWorkingDay(day, calendar)) return day;
    day = addDays(day, 1);
  }
  throw new RangeError(`no working day within a year after ${date}: the holiday calendar is wrong`);
}

/**
 * The last day of a period of `days` calendar days that starts on `firstDay`, moved to the next
 * working day when it falls on a holiday or rest day. A 30-day cooling-off from 2024-09-02 ends
 * on 2024-10-01 by count, and on 2024-10-08 after National Day.
 */
export function lastDayOfPeriod(firstDay: string, days: number, calendar: HolidayCalendar): string {
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`days must be a positive integer, got ${days}`);
  return onOrNextWorkingDay(addDays(firstDay, days - 1), calendar);
}

/** The `count`-th working day counted from `firstDay` (itself included when it is one). */
export function nthWorkingDay(firstDay: string, count: number, calendar: HolidayCalendar): string {
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`count must be a positive integer, got ${count}`);
  let day = onOrNextWorkingDay(firstDay, calendar);
  for (let seen = 1; seen < count; seen++) day = onOrNextWorkingDay(addDays(day, 1), calendar);
  return day;
}
