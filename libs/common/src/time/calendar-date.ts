// Calendar dates travel as 'YYYY-MM-DD' strings (Asia/Shanghai calendar), never as Date objects:
// a Date is an instant, and turning one into a day silently depends on the host's time zone.
// Strings in this fixed format also compare correctly with < and >.

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The number written by the digits of value[from, to), or -1 if any is not a digit. */
function digitsAt(value: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = value.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/**
 * Parts of a real calendar date, or null (wrong shape, month 13, 30 February, year 0000). Read
 * character by character: bulk files check millions of dates.
 */
export function calendarDateParts(value: string): DateParts | null {
  if (typeof value !== 'string' || value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return null;
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 7);
  const day = digitsAt(value, 8, 10);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isCalendarDate(value: unknown): value is string {
  return typeof value === 'string' && calendarDateParts(value) !== null;
}

/** For arguments that callers must get right: a bad date here is a programming error. */
export function assertCalendarDate(value: string, label = 'date'): DateParts {
  const parts = calendarDateParts(value);
  if (!parts) throw new RangeError(`${label} must be a calendar date YYYY-MM-DD, got "${value}"`);
  return parts;
}

export function formatCalendarDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Adds whole days, across month and year ends (UTC arithmetic, so no DST can shift a day). */
export function addDays(date: string, days: number): string {
  if (!Number.isInteger(days)) throw new RangeError(`days must be an integer, got ${days}`);
  const { year, month, day } = assertCalendarDate(date);
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0-99 as 1900-1999.
  const shifted = new Date(0);
  shifted.setUTCFullYear(year, month - 1, day + days);
  return formatCalendarDate(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate());
}
