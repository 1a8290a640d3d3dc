// The periods of one policy key, read once and looked up per date or month: the pure, typed way to
// read figures for a batch (a payroll reads each key once, then thousands of months from memory).
// Every value passes the key's schema from the service's catalogue before a rule sees it.
import type { z } from 'zod';
import type { YearMonth } from '../time/year-month';
import { periodProblem, periodsOverlap, PolicyNotFoundError, PolicyValueError, rowInForce, type PolicyRow } from './value-in-force';

/**
 * Parsed values by stored row and schema. PolicyService hands out the same row objects while its
 * cache holds them, so a value is checked once per cache period, not once per meal or month.
 */
const parsedValues = new WeakMap<object, WeakMap<z.ZodType, unknown>>();

function issueText(error: z.ZodError): string {
  const first = error.issues[0];
  if (!first) return 'does not match its schema';
  return first.path.length > 0 ? `${first.path.join('.')}: ${first.message}` : first.message;
}

export class PolicyPeriods<V> {
  constructor(
    readonly key: string,
    private readonly schema: z.ZodType<V>,
    /** Every period of the key, oldest first, as stored. */
    readonly rows: ReadonlyArray<PolicyRow>,
  ) {}

  /** No period was ever set: what that means is the reader's to say (no add-ons, no rule, no cap). */
  get isEmpty(): boolean {
    return this.rows.length === 0;
  }

  /** The value in force on `onDate`; PolicyNotFoundError (503 POLICY.NOT_IN_FORCE) when none is. */
  require(onDate: string): V {
    const row = rowInForce(this.rows, this.key, onDate);
    if (!row) throw new PolicyNotFoundError(this.key, onDate);
    return this.parse(row);
  }

  /** The value in force on the first day of `month`: a month is computed with one figure. */
  forMonth(month: YearMonth): V {
    const onDate = month.firstDay();
    const row = rowInForce(this.rows, this.key, onDate);
    if (!row) throw new PolicyNotFoundError(this.key, onDate, month.toString());
    return this.parse(row);
  }

  /** The value in force on `onDate`, or null when none is. Builds no error: cheap on hot paths. */
  find(onDate: string): V | null {
    const row = rowInForce(this.rows, this.key, onDate);
    return row ? this.parse(row) : null;
  }

  findForMonth(month: YearMonth): V | null {
    return this.find(month.firstDay());
  }

  /** Every period's value, oldest first (e.g. one holiday calendar per year, merged by the reader). */
  all(): V[] {
    return this.rows.map((row) => this.parse(row));
  }

  /**
   * The periods that share at least one day with `firstDay`..`lastDay` (both inclusive), oldest
   * first, each with its effective dates as set and its checked value: what was in force during a
   * year, for an annual report that states the standards with their dates.
   */
  during(firstDay: string, lastDay: string): Array<PolicyRow<V>> {
    const problem = periodProblem({ effectiveFrom: firstDay, effectiveTo: lastDay });
    if (problem) throw new RangeError(problem);
    return this.rows
      .filter((row) => row.key === this.key && periodsOverlap(row, { effectiveFrom: firstDay, effectiveTo: lastDay }))
      .sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom))
      .map((row) => ({ key: row.key, value: this.parse(row), effectiveFrom: row.effectiveFrom, effectiveTo: row.effectiveTo }));
  }

  /** The value of a row, checked against the schema; PolicyValueError (503) when it does not fit. */
  private parse(row: PolicyRow): V {
    let bySchema = parsedValues.get(row);
    if (bySchema?.has(this.schema)) return bySchema.get(this.schema) as V;
    const parsed = this.schema.safeParse(row.value);
    if (!parsed.success) throw new PolicyValueError(this.key, row.effectiveFrom, issueText(parsed.error));
    if (!bySchema) parsedValues.set(row, (bySchema = new WeakMap()));
    bySchema.set(this.schema, parsed.data);
    return parsed.data;
  }
}
