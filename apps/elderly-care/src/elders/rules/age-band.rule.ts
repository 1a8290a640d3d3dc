// The registry's age bands as birth-date bounds on a day, so that the list filters on the indexed
// birth date instead of computing every elder's age. A 29 February birthday turns a year older on
// 1 March in common years (ageOn); subtracting years from a day keeps that: 2023-02-28 minus 79
// years is 1944-02-28, so someone born 1944-02-29 is not yet 79 on that day. Pure.

export const AGE_BANDS = ['AGE_60_69', 'AGE_70_79', 'AGE_80_89', 'AGE_90_99', 'AGE_100_PLUS'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

const BOUNDS: Record<AgeBand, { min: number; max: number | null }> = {
  AGE_60_69: { min: 60, max: 69 },
  AGE_70_79: { min: 70, max: 79 },
  AGE_80_89: { min: 80, max: 89 },
  AGE_90_99: { min: 90, max: 99 },
  AGE_100_PLUS: { min: 100, max: null },
};

const isLeap = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** The same day `years` earlier; 29 February of a common year becomes the 28th. */
export function yearsBefore(day: string, years: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const year = y - years;
  const dd = m === 2 && d === 29 && !isLeap(year) ? 28 : d;
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
}

/** Born on or before `bornOnOrBefore` and (when set) after `bornAfter`: aged within the band on `today`. */
export function birthDateRange(band: AgeBand, today: string): { bornOnOrBefore: string; bornAfter: string | null } {
  const { min, max } = BOUNDS[band];
  return { bornOnOrBefore: yearsBefore(today, min), bornAfter: max === null ? null : yearsBefore(today, max + 1) };
}
