// Days between calendar days of the Asia/Shanghai calendar ('YYYY-MM-DD'), for "已等待" and
// "剩余" in the work lists. Counted on the dates themselves, so no clock or time zone enters. Pure.

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

function dayNumber(value: string): number {
  const match = DAY.exec(value);
  if (!match) throw new RangeError(`a day must be YYYY-MM-DD, got "${value}"`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / MS_PER_DAY;
}

/** Whole days from `from` to `to`: 2024-07-01 → 2024-07-31 is 30; negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}
