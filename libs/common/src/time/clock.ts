// "Today" is read through an injected Clock wherever a rule needs it, so that tests and
// back-office runs can act as of any date (ARCHITECTURE §4). Rules themselves take the date as
// a parameter; only services ask the Clock.
import { assertCalendarDate, formatCalendarDate } from './calendar-date';
import { YearMonth } from './year-month';

/** Asia/Shanghai is UTC+8 all year: China has not observed daylight saving time since 1991. */
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The Asia/Shanghai calendar date of an instant, 'YYYY-MM-DD'. Offset arithmetic rather than
 * Intl: it is called per row in payroll runs, and a fixed offset needs no time-zone database.
 */
export function shanghaiDate(instant: Date): string {
  const time = instant.getTime();
  if (Number.isNaN(time)) throw new RangeError('shanghaiDate needs a valid Date');
  const shifted = new Date(time + SHANGHAI_OFFSET_MS);
  return formatCalendarDate(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate());
}

/** The instant at which a calendar date begins in Asia/Shanghai (16:00 UTC the day before). */
export function shanghaiStartOfDay(date: string): Date {
  const { year, month, day } = assertCalendarDate(date);
  const utcMidnight = new Date(0);
  utcMidnight.setUTCFullYear(year, month - 1, day);
  return new Date(utcMidnight.getTime() - SHANGHAI_OFFSET_MS);
}

export abstract class Clock {
  abstract now(): Date;

  /** Today's Asia/Shanghai calendar date, 'YYYY-MM-DD'. */
  today(): string {
    return shanghaiDate(this.now());
  }

  /** The Asia/Shanghai calendar month of today. */
  currentMonth(): YearMonth {
    return YearMonth.fromDate(this.today());
  }
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
// An instant must say its offset: '2024-07-01T08:00' alone would be read in the host's zone.
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/i;

/**
 * 'YYYY-MM-DD' (00:00 Asia/Shanghai that day), an ISO instant with an offset
 * ('2024-06-30T16:30:00Z', '2024-07-01T00:30:00+08:00') or a Date.
 */
function toInstant(value: string | Date): Date {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new RangeError('FixedClock needs a valid Date');
    return new Date(value.getTime());
  }
  if (DATE_ONLY.test(value)) return shanghaiStartOfDay(value);
  const instant = new Date(value);
  if (!INSTANT.test(value) || Number.isNaN(instant.getTime())) {
    throw new RangeError(`FixedClock needs YYYY-MM-DD or an ISO instant with an offset, got "${value}"`);
  }
  return instant;
}

/** A clock that stands still until told otherwise: for tests and runs "as of" a date. */
export class FixedClock extends Clock {
  private instant: Date;

  constructor(at: string | Date) {
    super();
    this.instant = toInstant(at);
  }

  now(): Date {
    // A copy, so that callers mutating the Date cannot move the clock.
    return new Date(this.instant.getTime());
  }

  set(at: string | Date): void {
    this.instant = toInstant(at);
  }

  /** Moves by whole days (negative goes back); exact because Shanghai has no DST. */
  advanceDays(days: number): void {
    if (!Number.isInteger(days)) throw new RangeError(`days must be an integer, got ${days}`);
    this.instant = new Date(this.instant.getTime() + days * DAY_MS);
  }
}
