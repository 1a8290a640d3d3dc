// 低保/特困 coverage from the enrolment read model. Months are whole: a start covers from the first
// day of effectiveMonth, a stop ends coverage on the first day of stopFromMonth.

export interface CoveragePeriod {
  coveredFrom: string | null;
  coveredUntil: string | null;
}

/** 'YYYY-MM' -> 'YYYY-MM-01' */
export function firstDayOf(month: string): string {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw new RangeError(`not a YYYY-MM month: ${month}`);
  return `${month}-01`;
}

/** Covered on `date` by at least one period. A period not yet started (no start seen) covers nothing. */
export function isCoveredOn(periods: ReadonlyArray<CoveragePeriod>, date: string): boolean {
  return periods.some((p) => p.coveredFrom !== null && p.coveredFrom <= date && (p.coveredUntil === null || date < p.coveredUntil));
}
