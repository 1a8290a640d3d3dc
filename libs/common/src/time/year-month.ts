// Benefits are computed per calendar month (DOMAIN §0). YearMonth is that month as a value:
// immutable, compared by value, serialised as 'YYYY-MM' (the form used in events and the API).
import { assertCalendarDate, daysInMonth, formatCalendarDate } from './calendar-date';

const SHAPE = /^(\d{4})-(\d{2})$/;

export class YearMonth {
  private constructor(
    readonly year: number,
    /** 1-12 */
    readonly month: number,
  ) {
    Object.freeze(this);
  }

  static of(year: number, month: number): YearMonth {
    if (!Number.isInteger(year) || year < 1 || year > 9999) throw new RangeError(`year must be 1-9999, got ${year}`);
    if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`month must be 1-12, got ${month}`);
    return new YearMonth(year, month);
  }

  /** '2024-07'; throws a RangeError for anything else ('2024-7', '2024-13', '2024-07-01'). */
  static parse(value: string): YearMonth {
    const match = typeof value === 'string' ? SHAPE.exec(value) : null;
    if (!match) throw new RangeError(`expected a month YYYY-MM, got "${value}"`);
    return YearMonth.of(Number(match[1]), Number(match[2]));
  }

  static isValid(value: unknown): value is string {
    if (typeof value !== 'string') return false;
    const match = SHAPE.exec(value);
    return match !== null && Number(match[1]) >= 1 && Number(match[2]) >= 1 && Number(match[2]) <= 12;
  }

  /** The month of a calendar date 'YYYY-MM-DD'. */
  static fromDate(date: string): YearMonth {
    const { year, month } = assertCalendarDate(date);
    return new YearMonth(year, month);
  }

  /** Every month from `from` to `to`, both included; empty when `to` is before `from`. */
  static range(from: YearMonth, to: YearMonth): YearMonth[] {
    const count = from.monthsUntil(to) + 1;
    return Array.from({ length: Math.max(0, count) }, (_, i) => from.plus(i));
  }

  /** Months since year 0, for arithmetic. */
  private get index(): number {
    return this.year * 12 + (this.month - 1);
  }

  private static fromIndex(index: number): YearMonth {
    return YearMonth.of(Math.floor(index / 12), (index % 12) + 1);
  }

  plus(months: number): YearMonth {
    if (!Number.isInteger(months)) throw new RangeError(`months must be an integer, got ${months}`);
    return YearMonth.fromIndex(this.index + months);
  }

  next(): YearMonth {
    return this.plus(1);
  }

  previous(): YearMonth {
    return this.plus(-1);
  }

  /** Signed number of months from this month to `other`: 2024-07 -> 2024-09 is 2, back is -2. */
  monthsUntil(other: YearMonth): number {
    return other.index - this.index;
  }

  compare(other: YearMonth): -1 | 0 | 1 {
    return Math.sign(this.index - other.index) as -1 | 0 | 1;
  }

  equals(other: YearMonth): boolean {
    return this.index === other.index;
  }

  isBefore(other: YearMonth): boolean {
    return this.index < other.index;
  }

  isAfter(other: YearMonth): boolean {
    return this.index > other.index;
  }

  firstDay(): string {
    return formatCalendarDate(this.year, this.month, 1);
  }

  lastDay(): string {
    return formatCalendarDate(this.year, this.month, daysInMonth(this.year, this.month));
  }

  /** Whether a calendar date 'YYYY-MM-DD' falls in this month. */
  contains(date: string): boolean {
    return YearMonth.fromDate(date).equals(this);
  }

  toString(): string {
    return `${String(this.year).padStart(4, '0')}-${String(this.month).padStart(2, '0')}`;
  }

  toJSON(): string {
    return this.toString();
  }
}
