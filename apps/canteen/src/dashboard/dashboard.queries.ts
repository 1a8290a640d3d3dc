// The director's dashboard of 助餐 (GET /api/v1/dashboard): per month, the diners who ate at the
// division's canteens (valid meals, subsidised or not) and the subsidy of the approved monthly
// settlements; and the settlements still open today. Aggregates in PostgreSQL by the canteen's
// region; nothing is loaded row by row.
import type { Principal } from '@app/common/auth/claims';
import { dashboardResponse, dashboardScope, figuresOf, monthlySeries, type MonthRow } from '@app/common/dashboard/dashboard-scope';
import type { DashboardQuery, DashboardResponse } from '@app/common/dashboard/dashboard.dto';
import { Clock } from '@app/common/time/clock';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

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
export class DashboardQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async dashboard(principal: Principal, query: DashboardQuery): Promise<DashboardResponse> {
    const scope = dashboardScope(principal, query);
    const [diners, paid, open] = await Promise.all([
      this.dataSource.query(DINER_MONTHS, scope.params) as Promise<MonthRow[]>,
      this.dataSource.query(PAID_MONTHS, scope.params) as Promise<MonthRow[]>,
      this.dataSource.query(OPEN_SETTLEMENTS, [scope.pattern]) as Promise<Array<Record<string, string>>>,
    ]);
    const series = [...monthlySeries(diners, scope.months, [CANTEEN], ['CASELOAD']), ...monthlySeries(paid, scope.months, [CANTEEN], ['PAID'])];
    return dashboardResponse(scope, this.clock.today(), series, figuresOf(open[0], ['SETTLEMENTS_OPEN']));
  }
}
