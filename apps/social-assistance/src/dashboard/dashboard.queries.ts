// The director's dashboard of social assistance (GET /api/v1/dashboard): per month, the 低保 and
// 特困 cases in force, started and stopped, and the payroll money of the division's households;
// and today's work waiting. Each is one aggregate in PostgreSQL over the division's cases, so a
// city's caseload is counted without a row leaving the database.
import { DashboardCounts, type DashboardCount } from '@app/common/dashboard/dashboard-counts';
import { caseMonthsSql } from '@app/common/dashboard/case-months.sql';
import { figuresOf, monthlySeries, type DashboardScope } from '@app/common/dashboard/dashboard-scope';
import { Injectable } from '@nestjs/common';
import { STAGE_WHERE } from '../cases/case-list.query';
import { REVIEWS_DUE, SCHOOL_RECHECKS_DUE } from '../cases/cases-due';

export const PROGRAMMES = ['DIBAO', 'TEKUN'] as const;

/** The division's approved cases: in force from their start month until the month they stop from. */
const CASE_MONTHS = caseMonthsSql(`SELECT c.program AS programme, c.start_month::text AS start_month, c.stop_from_month::text AS stop_month
    FROM assistance_case c JOIN household h ON h.id = c.household_id
    WHERE h.region_code LIKE $3 AND c.start_month IS NOT NULL AND c.start_month <= $2`);

/** The payroll lines of the month's payroll (arrears included) for the division's households, in fen. */
const PAID_MONTHS = `SELECT pl.program AS programme, pr.month::text AS month, sum(pl.amount_fen)::float8 AS "PAID"
  FROM payment_line pl JOIN payroll pr ON pr.id = pl.payroll_id JOIN assistance_case c ON c.id = pl.case_id JOIN household h ON h.id = c.household_id
  WHERE pr.month BETWEEN $1 AND $2 AND h.region_code LIKE $3
  GROUP BY pl.program, pr.month`;

/** Work waiting today, counted as the work lists (工作台) list it. */
export const WORK_FIGURES = ['AWAITING_INVESTIGATION', 'AWAITING_APPROVAL', 'REVIEWS_DUE', 'SCHOOL_RECHECKS_DUE'] as const;

@Injectable()
export class DashboardQueries extends DashboardCounts {
  protected async count(scope: DashboardScope, today: string): Promise<DashboardCount> {
    const [cases, paid, work] = await Promise.all([
      this.rows(CASE_MONTHS, [...scope.params, PROGRAMMES]),
      this.rows(PAID_MONTHS, scope.params),
      this.workWaiting(scope.pattern, today),
    ]);
    return {
      series: [...monthlySeries(cases, scope.months, PROGRAMMES, ['CASELOAD', 'STARTED', 'STOPPED']), ...monthlySeries(paid, scope.months, PROGRAMMES, ['PAID'])],
      figures: figuresOf(work, WORK_FIGURES),
    };
  }

  private workWaiting(pattern: string, today: string): Promise<Record<string, string> | undefined> {
    const due = (d: typeof REVIEWS_DUE) => `c.program = '${d.program}' AND c.status IN (${d.statuses.map((s) => `'${s}'`).join(', ')}) AND c.${d.dueColumn} <= :today`;
    return this.dataSource
      .createQueryBuilder()
      .from('assistance_case', 'c')
      .innerJoin('household', 'h', 'h.id = c.household_id')
      .select(`count(*) FILTER (WHERE ${STAGE_WHERE.AWAITING_INVESTIGATION})`, 'AWAITING_INVESTIGATION')
      .addSelect(`count(*) FILTER (WHERE ${STAGE_WHERE.AWAITING_APPROVAL})`, 'AWAITING_APPROVAL')
      .addSelect(`count(*) FILTER (WHERE ${due(REVIEWS_DUE)})`, 'REVIEWS_DUE')
      .addSelect(`count(*) FILTER (WHERE ${due(SCHOOL_RECHECKS_DUE)})`, 'SCHOOL_RECHECKS_DUE')
      .where(`h.region_code LIKE :pattern AND c.status NOT IN ('REJECTED', 'STOPPED')`, { pattern, today })
      .getRawOne<Record<string, string>>();
  }
}
