// Policy parameters (standards, tiers, percentages) are data with effective dates, never literals
// in code (DOMAIN intro). A rule asks for the value in force on a date; when the data is missing
// or contradictory it fails loudly rather than guessing which figure to pay.
import { isCalendarDate } from '../time/calendar-date';
import type { YearMonth } from '../time/year-month';

export interface PolicyRow<T = unknown> {
  key: string;
  value: T;
  /** YYYY-MM-DD, first day in force. */
  effectiveFrom: string;
  /** YYYY-MM-DD, last day in force (inclusive); null = open-ended. */
  effectiveTo: string | null;
}

/**
 * No usable figure: the bureau has to add or correct one, which is not the caller's fault. Both
 * kinds answer 503 with the key (libs/common/src/http/problem-mapping.ts).
 */
export abstract class PolicyUnavailableError extends Error {
  protected constructor(
    readonly key: string,
    message: string,
  ) {
    super(message);
  }
}

/** No row of the key covers the date: 503 POLICY.NOT_IN_FORCE. */
export class PolicyNotFoundError extends PolicyUnavailableError {
  constructor(
    key: string,
    readonly onDate: string,
    /** The month asked for ('YYYY-MM') when the figure was read for a month, on its first day. */
    readonly month?: string,
    /** The entry of a table that is missing (a tier), when the table itself is in force. */
    readonly entry?: string,
  ) {
    const what = entry ? `"${key}" (${entry})` : `"${key}"`;
    super(key, month ? `No policy parameter ${what} in force for ${month} (on ${onDate})` : `No policy parameter ${what} in force on ${onDate}`);
    this.name = 'PolicyNotFoundError';
  }
}

/** The stored value does not fit the key's schema in the service's catalogue: 503 POLICY.STORED_VALUE_INVALID. */
export class PolicyValueError extends PolicyUnavailableError {
  constructor(
    key: string,
    /** First day of the period whose value is malformed. */
    readonly effectiveFrom: string,
    readonly reason: string,
  ) {
    super(key, `Policy parameter "${key}" from ${effectiveFrom} is malformed: ${reason}`);
    this.name = 'PolicyValueError';
  }
}

export class PolicyOverlapError extends Error {
  constructor(
    readonly key: string,
    readonly onDate: string,
    readonly periods: ReadonlyArray<Pick<PolicyRow, 'effectiveFrom' | 'effectiveTo'>>,
  ) {
    const listed = periods.map((p) => `${p.effectiveFrom}..${p.effectiveTo ?? 'open'}`).join(', ');
    super(`Policy parameter "${key}" has ${periods.length} rows in force on ${onDate} (${listed})`);
    this.name = 'PolicyOverlapError';
  }
}

function assertDate(value: string, label: string): void {
  if (!isCalendarDate(value)) throw new RangeError(`${label} must be a calendar date YYYY-MM-DD, got "${value}"`);
}

/** Why a period is unusable, or null. Dates compare as strings because the format is fixed. */
export function periodProblem(row: Pick<PolicyRow, 'effectiveFrom' | 'effectiveTo'>): string | null {
  if (!isCalendarDate(row.effectiveFrom)) return `effectiveFrom must be YYYY-MM-DD, got "${row.effectiveFrom}"`;
  if (row.effectiveTo === null) return null;
  if (!isCalendarDate(row.effectiveTo)) return `effectiveTo must be YYYY-MM-DD or null, got "${row.effectiveTo}"`;
  if (row.effectiveTo < row.effectiveFrom) return `effectiveTo ${row.effectiveTo} is before effectiveFrom ${row.effectiveFrom}`;
  return null;
}

export function isInForce(row: Pick<PolicyRow, 'effectiveFrom' | 'effectiveTo'>, onDate: string): boolean {
  return row.effectiveFrom <= onDate && (row.effectiveTo === null || onDate <= row.effectiveTo);
}

/** Whether two periods share at least one day (both ends inclusive). */
export function periodsOverlap(
  a: Pick<PolicyRow, 'effectiveFrom' | 'effectiveTo'>,
  b: Pick<PolicyRow, 'effectiveFrom' | 'effectiveTo'>,
): boolean {
  const aEndsBeforeB = a.effectiveTo !== null && a.effectiveTo < b.effectiveFrom;
  const bEndsBeforeA = b.effectiveTo !== null && b.effectiveTo < a.effectiveFrom;
  return !aEndsBeforeB && !bEndsBeforeA;
}

/**
 * The one row of `key` in force on `onDate`, or undefined when none is. Throws PolicyOverlapError
 * when more than one is: two figures for a day make every computation ambiguous.
 */
export function rowInForce<R extends PolicyRow>(rows: ReadonlyArray<R>, key: string, onDate: string): R | undefined {
  assertDate(onDate, 'onDate');
  const matches = rows.filter((row) => row.key === key && isInForce(row, onDate));
  if (matches.length > 1) throw new PolicyOverlapError(key, onDate, matches);
  return matches[0];
}

/**
 * The value of `key` in force on `onDate`, as stored (not checked against any schema: services
 * read through their catalogue, see policy-periods.ts). Throws PolicyNotFoundError when no row
 * covers the date and PolicyOverlapError when more than one does.
 */
export function valueInForce(rows: ReadonlyArray<PolicyRow>, key: string, onDate: string): unknown {
  const row = rowInForce(rows, key, onDate);
  if (!row) throw new PolicyNotFoundError(key, onDate);
  return row.value;
}

/** The value in force on the first day of the month: a month is computed with one figure. */
export function valueForMonth(rows: ReadonlyArray<PolicyRow>, key: string, month: YearMonth): unknown {
  const row = rowInForce(rows, key, month.firstDay());
  if (!row) throw new PolicyNotFoundError(key, month.firstDay(), month.toString());
  return row.value;
}

export interface PolicyOverlap<T = unknown> {
  key: string;
  first: PolicyRow<T>;
  second: PolicyRow<T>;
}

/** Every pair of rows of the same key whose periods share a day, for validation before insert. */
export function findOverlaps<T>(rows: ReadonlyArray<PolicyRow<T>>): PolicyOverlap<T>[] {
  const overlaps: PolicyOverlap<T>[] = [];
  const sorted = [...rows].sort((a, b) => (a.key === b.key ? a.effectiveFrom.localeCompare(b.effectiveFrom) : a.key.localeCompare(b.key)));
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length && sorted[j].key === sorted[i].key; j++) {
      if (periodsOverlap(sorted[i], sorted[j])) overlaps.push({ key: sorted[i].key, first: sorted[i], second: sorted[j] });
    }
  }
  return overlaps;
}
