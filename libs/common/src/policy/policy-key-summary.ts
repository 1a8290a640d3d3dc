// What the policy screen shows of each key of a service's catalogue: whether the service can do
// without it, how many periods it has, the one in force on a date and the next one to come. Pure.
import { isInForce, type PolicyRow } from './value-in-force';

export interface PolicyKeySummary<R extends PolicyRow = PolicyRow> {
  key: string;
  /** The service works without a value in force (the catalogue's `optional`). */
  optional: boolean;
  periods: number;
  /** The period in force on the date; null when none is (for a required key, a gap to fill). */
  inForce: R | null;
  /** The earliest period that starts after the date, already entered ahead of its day. */
  upcoming: R | null;
  /** More than one period covers the date: every computation on it fails until corrected. */
  overlapping: boolean;
}

/** One summary per key, in the order of `keys`; `rows` may hold rows of other keys. */
export function summariseKeys<R extends PolicyRow>(keys: ReadonlyArray<{ key: string; optional: boolean }>, rows: ReadonlyArray<R>, onDate: string): Array<PolicyKeySummary<R>> {
  return keys.map(({ key, optional }) => {
    const own = rows.filter((row) => row.key === key).sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
    const inForce = own.filter((row) => isInForce(row, onDate));
    return {
      key,
      optional,
      periods: own.length,
      inForce: inForce[0] ?? null,
      upcoming: own.find((row) => row.effectiveFrom > onDate) ?? null,
      overlapping: inForce.length > 1,
    };
  });
}
