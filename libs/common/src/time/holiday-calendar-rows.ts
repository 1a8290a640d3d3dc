// The rows of a `<service>.public-holidays` policy parameter (one per year) read as one calendar.
import { ProblemException } from '../http/problem';
import type { PolicyRow } from '../policy/value-in-force';
import { holidayCalendarSchema, mergeHolidayCalendars, type HolidayCalendar } from './working-days';

/**
 * Every year's row, merged: a deadline counted from December ends in the next year. A row of the
 * wrong shape is the bureau's data to fix, so it answers 503 like a missing figure, naming the key.
 */
export function holidayCalendarFromRows(key: string, rows: ReadonlyArray<Pick<PolicyRow, 'value' | 'effectiveFrom'>>): HolidayCalendar {
  return mergeHolidayCalendars(
    rows.map((row) => {
      const parsed = holidayCalendarSchema.safeParse(row.value);
      if (!parsed.success) {
        throw new ProblemException({ status: 503, code: 'POLICY.INVALID_VALUE', detail: `Policy parameter "${key}" from ${row.effectiveFrom} is not a holiday calendar: ${parsed.error.issues[0]?.message}` });
      }
      return parsed.data;
    }),
  );
}
