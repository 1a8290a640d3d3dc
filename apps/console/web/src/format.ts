// The one place where money and time become text (STYLE.md "The console"). Amounts travel as
// integer fen; instants as ISO 8601 strings; calendar days and months as 'YYYY-MM-DD' and
// 'YYYY-MM', which are already days of the Asia/Shanghai calendar (DOMAIN §0).
// Pure TypeScript, no DOM: the unit tests run it in Node.

export const TIME_ZONE = 'Asia/Shanghai';

const GROUPED = new Intl.NumberFormat('en-US', { useGrouping: true, maximumFractionDigits: 0 });

/** 123456 -> '¥1,234.56'; -5 -> '-¥0.05'. Integer arithmetic: a fen never passes through a float. */
export function yuan(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`an amount in fen must be a whole number, got ${fen}`);
  const magnitude = Math.abs(fen);
  const whole = GROUPED.format(Math.floor(magnitude / 100));
  const cents = String(magnitude % 100).padStart(2, '0');
  return `${fen < 0 ? '-' : ''}¥${whole}.${cents}`;
}

/** yuan() for a value that may be missing: '—' instead of an amount. */
export function yuanOrDash(fen: number | null | undefined): string {
  return fen === null || fen === undefined ? '—' : yuan(fen);
}

/** 2940000 fen -> '2.94万元' (to the hundred yuan, half up): the dashboards' totals and axes. Integer arithmetic. */
export function wanYuan(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`an amount in fen must be a whole number, got ${fen}`);
  const hundreds = Math.floor((Math.abs(fen) + 5000) / 10000);
  return `${fen < 0 ? '-' : ''}${GROUPED.format(Math.floor(hundreds / 100))}.${String(hundreds % 100).padStart(2, '0')}万元`;
}

const PARTS = new Intl.DateTimeFormat('en-US', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

interface ShanghaiParts {
  year: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
  second: string;
}

function toInstant(value: string | Date): Date {
  const instant = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(instant.getTime())) throw new RangeError(`not a point in time: ${String(value)}`);
  return instant;
}

function shanghaiParts(value: string | Date): ShanghaiParts {
  const parts = Object.fromEntries(PARTS.formatToParts(toInstant(value)).map((p) => [p.type, p.value]));
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute, second: parts.second };
}

/** An instant as Beijing time: '2024-07-01T16:30:00Z' -> '2024-07-02 00:30'. */
export function dateTime(value: string | Date): string {
  const p = shanghaiParts(value);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

/** dateTime() with seconds, for audit trails. */
export function dateTimeSeconds(value: string | Date): string {
  const p = shanghaiParts(value);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second}`;
}

const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A day: a calendar date 'YYYY-MM-DD' as it is (it already is a Shanghai day), an instant as the
 * day it falls on in Shanghai ('2024-06-30T16:00:00Z' -> '2024-07-01').
 */
export function date(value: string | Date): string {
  if (typeof value === 'string' && CALENDAR_DAY.test(value)) return value;
  const p = shanghaiParts(value);
  return `${p.year}-${p.month}-${p.day}`;
}

/** '2024-07' -> '2024年7月'. */
export function yearMonth(value: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(value);
  if (!match) throw new RangeError(`a month must be YYYY-MM, got "${value}"`);
  return `${match[1]}年${Number(match[2])}月`;
}

/** Today in Shanghai as 'YYYY-MM-DD' (for checks such as "a birth date is not in the future"). */
export function todayInShanghai(now: Date = new Date()): string {
  return date(now);
}

/** A value or '—' when there is none, so empty cells read the same everywhere. */
export function orDash(value: string | number | null | undefined): string {
  return value === null || value === undefined || value === '' ? '—' : String(value);
}
