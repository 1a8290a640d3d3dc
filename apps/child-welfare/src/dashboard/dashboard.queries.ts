// The director's dashboard of child welfare (GET /api/v1/dashboard): per month, the children on the
// ledger (在册) at the month's end, registered and closed in it; the children paid the basic living
// allowance for the month and the money of each month's run; and today's tiers and overdue visits.
// Aggregates in PostgreSQL over the division's villages: nothing is loaded row by row.
import { DashboardCounts, type DashboardCount } from '@app/common/dashboard/dashboard-counts';
import { caseMonthsSql } from '@app/common/dashboard/case-months.sql';
import { figuresOf, monthlySeries, type DashboardScope } from '@app/common/dashboard/dashboard-scope';
import { Injectable } from '@nestjs/common';

export const LEDGER = 'CHILD_LEDGER';
export const ALLOWANCE = 'CHILD_ALLOWANCE';

/** A child is on the ledger from the month of registration; closed in a month, no longer at its end. */
const LEDGER_MONTHS = caseMonthsSql(`SELECT '${LEDGER}'::text AS programme, to_char(registered_on, 'YYYY-MM') AS start_month, to_char(closed_on, 'YYYY-MM') AS stop_month
    FROM child WHERE village_code LIKE $3 AND to_char(registered_on, 'YYYY-MM') <= $2`);

/** Children with a regular line for the month; money by the run that paid it (arrears with their run). */
const ALLOWANCE_MONTHS = `SELECT '${ALLOWANCE}' AS programme, m.month, coalesce(c.n, 0)::int AS "CASELOAD", coalesce(p.fen, 0)::float8 AS "PAID"
  FROM (SELECT to_char(d, 'YYYY-MM') AS month FROM generate_series(to_date($1, 'YYYY-MM'), to_date($2, 'YYYY-MM'), interval '1 month') d) m
  LEFT JOIN (SELECT month::text AS month, count(DISTINCT child_id) AS n FROM allowance_payment WHERE kind = 'REGULAR' AND month BETWEEN $1 AND $2 AND village_code LIKE $3 GROUP BY month) c ON c.month = m.month
  LEFT JOIN (SELECT paid_with_month::text AS month, sum(amount_fen) AS fen FROM allowance_payment WHERE paid_with_month BETWEEN $1 AND $2 AND village_code LIKE $3 GROUP BY paid_with_month) p ON p.month = m.month`;

/** Today's active children by tier, and those whose visit is past due (a township supervisor's 走访逾期). */
const TODAY = `SELECT count(*) FILTER (WHERE risk_tier = 'RED') AS "TIER_RED", count(*) FILTER (WHERE risk_tier = 'ORANGE') AS "TIER_ORANGE",
    count(*) FILTER (WHERE risk_tier = 'GREEN') AS "TIER_GREEN", count(*) FILTER (WHERE next_visit_due < $2) AS "OVERDUE_VISITS"
  FROM child WHERE status = 'ACTIVE' AND village_code LIKE $1`;

export const TODAY_FIGURES = ['TIER_RED', 'TIER_ORANGE', 'TIER_GREEN', 'OVERDUE_VISITS'] as const;

@Injectable()
export class DashboardQueries extends DashboardCounts {
  protected async count(scope: DashboardScope, today: string): Promise<DashboardCount> {
    const [ledger, allowance, counts] = await Promise.all([
      this.rows(LEDGER_MONTHS, [...scope.params, [LEDGER]]),
      this.rows(ALLOWANCE_MONTHS, scope.params),
      this.rows<Record<string, string>>(TODAY, [scope.pattern, today]),
    ]);
    return {
      series: [...monthlySeries(ledger, scope.months, [LEDGER], ['CASELOAD', 'STARTED', 'STOPPED']), ...monthlySeries(allowance, scope.months, [ALLOWANCE], ['CASELOAD', 'PAID'])],
      figures: figuresOf(counts[0], TODAY_FIGURES),
    };
  }
}
