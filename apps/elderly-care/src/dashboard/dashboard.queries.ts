// The director's dashboard of elderly care (GET /api/v1/dashboard): per month, the elders of the
// division drawing the high-age allowance (高龄津贴) and the service subsidy, who started and who
// stopped, and the money of each month's payroll. Aggregates in PostgreSQL over the division's
// elders; nothing is loaded row by row.
import { DashboardCounts, type DashboardCount } from '@app/common/dashboard/dashboard-counts';
import { caseMonthsSql } from '@app/common/dashboard/case-months.sql';
import { monthlySeries, type DashboardScope } from '@app/common/dashboard/dashboard-scope';
import { Injectable } from '@nestjs/common';

export const PROGRAMMES = ['HIGH_AGE', 'SERVICE_SUBSIDY'] as const;

/**
 * An elder per kind of allowance, from the first month paid to the month it stopped from: moving
 * to the 100+ tier stops one allowance and starts another, which is no new elder nor a stopped one.
 */
const ELDER_MONTHS = caseMonthsSql(`SELECT a.kind AS programme, min(a.from_month)::text AS start_month,
      CASE WHEN bool_or(a.stop_from_month IS NULL) THEN NULL ELSE max(a.stop_from_month)::text END AS stop_month
    FROM allowance a JOIN elder e ON e.resident_id = a.resident_id
    WHERE e.region LIKE $3 AND a.from_month <= $2
    GROUP BY a.resident_id, a.kind`);

/** The lines of each month's payroll (arrears with the run that paid them) of the division's elders, in fen. */
const PAID_MONTHS = `SELECT p.kind AS programme, p.paid_in_month::text AS month, sum(p.amount_fen)::float8 AS "PAID"
  FROM allowance_payment p JOIN elder e ON e.resident_id = p.resident_id
  WHERE p.paid_in_month BETWEEN $1 AND $2 AND e.region LIKE $3
  GROUP BY p.kind, p.paid_in_month`;

@Injectable()
export class DashboardQueries extends DashboardCounts {
  protected async count(scope: DashboardScope): Promise<DashboardCount> {
    const [elders, paid] = await Promise.all([this.rows(ELDER_MONTHS, [...scope.params, PROGRAMMES]), this.rows(PAID_MONTHS, scope.params)]);
    return { series: [...monthlySeries(elders, scope.months, PROGRAMMES, ['CASELOAD', 'STARTED', 'STOPPED']), ...monthlySeries(paid, scope.months, PROGRAMMES, ['PAID'])], figures: [] };
  }
}
