// 低保/特困 coverage is read with coveredOn (libs/common read-models): whole months, a start
// covers from the first day of its month, a stop ends coverage on the first day of stopFromMonth.

/** 'YYYY-MM' -> 'YYYY-MM-01': the first day a start or stop reprices meals from. */
export function firstDayOf(month: string): string {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw new RangeError(`not a YYYY-MM month: ${month}`);
  return `${month}-01`;
}
