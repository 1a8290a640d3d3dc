// What every dashboard read checks before it counts: a month range the right way round and not too
// long (400 DASHBOARD.BAD_RANGE with the field), and a division within the caller's (403
// AUTH.OUTSIDE_DIVISION); then the months and the division's code prefix the SQL filters on. Pure.
import type { Principal } from '../auth/claims';
import { assertWithinDivision, divisionPrefix } from '../auth/division-scope';
import { ProblemException } from '../http/problem';
import { YearMonth } from '../time/year-month';
import type { DashboardFigure, DashboardMeasure, DashboardQuery, DashboardResponse, MonthlySeries } from './dashboard.dto';

/** Three years of months: enough for a trend, few enough to stay one quick aggregate. */
export const MAX_DASHBOARD_MONTHS = 36;

export interface DashboardScope {
  division: string;
  /** `LIKE` pattern of the division's codes, e.g. '110105%'. */
  pattern: string;
  from: string;
  to: string;
  months: string[];
  /** $1 from, $2 to, $3 pattern: the parameters every dashboard query starts with. */
  params: [string, string, string];
}

export function dashboardScope(principal: Pick<Principal, 'division' | 'roles'>, query: DashboardQuery): DashboardScope {
  const from = YearMonth.parse(query.from);
  const to = YearMonth.parse(query.to);
  const count = from.monthsUntil(to) + 1;
  if (count < 1 || count > MAX_DASHBOARD_MONTHS) {
    throw new ProblemException({
      status: 400,
      code: 'DASHBOARD.BAD_RANGE',
      detail: `from ${query.from} to ${query.to} is not a range of 1 to ${MAX_DASHBOARD_MONTHS} months`,
      errors: [{ field: 'to', code: 'badRange', message: `must be from ${query.from} to ${MAX_DASHBOARD_MONTHS} months after it` }],
    });
  }
  const division = query.division ?? principal.division;
  assertWithinDivision(principal, division, 'division');
  const pattern = `${divisionPrefix(division)}%`;
  return { division, pattern, from: query.from, to: query.to, months: YearMonth.range(from, to).map(String), params: [query.from, query.to, pattern] };
}

/** A row of a grouped count: programme, month and the measures' values (absent → 0). */
export type MonthRow = { programme: string; month: string } & Partial<Record<DashboardMeasure, number | string | null>>;

/** One series per programme and measure, with a point for every month (0 where no row counted). */
export function monthlySeries(rows: readonly MonthRow[], months: readonly string[], programmes: readonly string[], measures: readonly DashboardMeasure[]): MonthlySeries[] {
  const at = new Map(rows.map((r) => [`${r.programme}/${r.month}`, r]));
  return programmes.flatMap((programme) =>
    measures.map((measure) => ({
      programme,
      measure,
      points: months.map((month) => ({ month, value: Number(at.get(`${programme}/${month}`)?.[measure] ?? 0) })),
    })),
  );
}

/** Figures from one row of counts, in the order of `keys`. */
export function figuresOf(row: Readonly<Record<string, number | string | null>> | undefined, keys: readonly string[]): DashboardFigure[] {
  return keys.map((key) => ({ key, value: Number(row?.[key] ?? 0) }));
}

/** The answer: what was asked for, the day the figures were counted on, the series and the figures. */
export function dashboardResponse(scope: DashboardScope, asOf: string, series: MonthlySeries[], figures: DashboardFigure[]): DashboardResponse {
  return { division: scope.division, from: scope.from, to: scope.to, asOf, series, figures };
}
