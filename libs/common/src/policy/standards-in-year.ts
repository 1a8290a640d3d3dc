// The standards of a programme in force during a calendar year, with their effective dates, as a
// service's annual report answers them: the bureau's summary writes "728 → 735 from July", and the
// report reads both figures and the day of the change from here rather than from a literal. Pure.
import type { PolicyPeriods } from './policy-periods';

/** How a standard is set: fen per person per month (most), or per year (the rural 低保 standard). */
export const STANDARD_UNITS = ['FEN_PER_MONTH', 'FEN_PER_YEAR'] as const;
export type StandardUnit = (typeof STANDARD_UNITS)[number];

export interface StandardPeriod {
  /** First day in force, as set (it may lie before the year). */
  effectiveFrom: string;
  /** Last day in force (inclusive), as set; null = open-ended. */
  effectiveTo: string | null;
  amountFen: number;
}

export interface StandardInYear {
  /** The service's code of the standard: DIBAO_URBAN, HIGH_AGE_ALLOWANCE … */
  standard: string;
  /** The tier, for a standard set per tier (the high-age allowance by age). */
  tier?: string;
  unit: StandardUnit;
  /** Every period that shares a day with the year, oldest first; none when no figure was set. */
  periods: StandardPeriod[];
}

/**
 * The periods of a key in force during `year`, each with the amount `amountOf` reads from its
 * value; a period whose value has no amount for this standard (a tier it lacks) is left out.
 */
export function periodsInYear<V>(periods: PolicyPeriods<V>, year: number, amountOf: (value: V) => number | null | undefined): StandardPeriod[] {
  return periods.during(`${year}-01-01`, `${year}-12-31`).flatMap((row) => {
    const amountFen = amountOf(row.value);
    return amountFen === null || amountFen === undefined ? [] : [{ effectiveFrom: row.effectiveFrom, effectiveTo: row.effectiveTo, amountFen }];
  });
}

/** A standard whose value is the amount itself (fen). */
export function standardInYear(standard: string, unit: StandardUnit, periods: PolicyPeriods<number>, year: number): StandardInYear {
  return { standard, unit, periods: periodsInYear(periods, year, (amountFen) => amountFen) };
}
