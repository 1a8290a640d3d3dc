// The director's dashboard of 助餐 (GET /api/v1/dashboard): per month, the diners who ate at the
// division's canteens (valid meals, subsidised or not) and the subsidy of the approved monthly
// settlements; and the settlements still open today. Aggregates in PostgreSQL by the canteen's
// region; nothing is loaded row by row.
import { DashboardCounts, type DashboardCount } from '@app/common/dashboard/dashboard-counts';
import { figuresOf, monthlySeries, type DashboardScope } from '@app/common/dashboard/dashboard-scope';
import { Injectable } from '@nestjs/common';

export const CANTEEN = 'CANTEEN';

/** Diners per month of their meals (the meal day is a Shanghai calendar day). $1 from, $2 to, $3 pattern. */
const DINER_MONTHS = `SELECT '${CANTEEN}' AS programme, to_char(m.meal_date, 'YYYY-MM') AS month, count(DISTINCT m.resident_id)::int AS "CASELOAD"
  FROM meal m JOIN canteen c ON c.id = m.canteen_id
  WHERE m.status = 'VALID' AND m.meal_date >= to_date($1, 'YYYY-MM') AND m.meal_date < to_date($2, 'YYYY-MM') + interval '1 month' AND c.region LIKE $3
  GROUP BY 2`;

/** The subsidy the approved settlements pay the canteens, by the month settled. */
const PAID_MONTHS = `SELECT '${CANTEEN}' AS programme, s.month::text AS month, sum(s.subsidy_fen)::float8 AS "PAID"
  FROM settlement s JOIN canteen c ON c.id = s.canteen_id
  WHERE s.status = 'APPROVED' AND s.month BETWEEN $1 AND $2 AND c.region LIKE $3
  GROUP BY s.month`;

const OPEN_SETTLEMENTS = `SELECT count(*) AS "SETTLEMENTS_OPEN" FROM settlement s JOIN canteen c ON c.id = s.canteen_id WHERE s.status = 'OPEN' AND c.region LIKE $1`;

@Injectable()
export class DashboardQueries extends DashboardCounts {
  protected async count(scope: DashboardScope): Promise<DashboardCount> {
    const [diners, paid, open] = await Promise.all([
      this.rows(DINER_MONTHS, scope.params),
      this.rows(PAID_MONTHS, scope.params),
      this.rows<Record<string, string>>(OPEN_SETTLEMENTS, [scope.pattern]),
    ]);
    return {
      series: [...monthlySeries(diners, scope.months, [CANTEEN], ['CASELOAD']), ...monthlySeries(paid, scope.months, [CANTEEN], ['PAID'])],
      figures: figuresOf(open[0], ['SETTLEMENTS_OPEN']),
    };
  }
}
