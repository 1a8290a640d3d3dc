import { shanghaiStartOfDay } from '@app/common/time/clock';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { returnFollowUpFigures } from '../return-follow-ups/return-follow-ups.queries';
import type { AnnualReportResponse, CashPlusFigures, ProgramFigures } from './dto/annual-report.dto';

/** "物质+服务" of the approved settlements of months of the year: people by the category of their plan, visits, amount. */
const CASH_PLUS_FIGURES = `SELECT
    count(DISTINCT p.resident_id) FILTER (WHERE p.category = 'TEKUN')::int AS "tekunPersons",
    count(DISTINCT p.resident_id) FILTER (WHERE p.category = 'ELDER')::int AS "elderPersons",
    count(v.id)::int AS "householdVisits",
    (SELECT coalesce(sum(amount_fen), 0)::float8 FROM cash_plus_settlement WHERE status = 'APPROVED' AND month BETWEEN $1 AND $2) AS "amountFen"
  FROM cash_plus_settlement s JOIN cash_plus_visit v ON v.settlement_id = s.id JOIN cash_plus_plan p ON p.id = v.plan_id
  WHERE s.status = 'APPROVED' AND s.month BETWEEN $1 AND $2`;

/** The bureau's annual summary figures, as of what is recorded now. */
@Injectable()
export class ReportsService {
  constructor(private readonly dataSource: DataSource) {}

  async annual(year: number): Promise<AnnualReportResponse> {
    const from = `${year}-01`;
    const to = `${year}-12`;
    // Calls and patrols are instants: the year runs from 1 January 00:00 Asia/Shanghai.
    const yearInstants = [shanghaiStartOfDay(`${year}-01-01`), shanghaiStartOfDay(`${year + 1}-01-01`)];
    const q = async (sql: string, params: unknown[]): Promise<number> => Number((await this.dataSource.query(sql, params))[0].n ?? 0);
    const program = async (p: 'DIBAO' | 'TEKUN'): Promise<ProgramFigures> => ({
      newHouseholds: await q(`SELECT count(*) AS n FROM assistance_case WHERE program = $1 AND start_month BETWEEN $2 AND $3`, [p, from, to]),
      newPersons: await q(`SELECT count(*) AS n FROM enrollment WHERE program = $1 AND start_month BETWEEN $2 AND $3`, [p, from, to]),
      stoppedHouseholds: await q(`SELECT count(*) AS n FROM assistance_case WHERE program = $1 AND status = 'STOPPED' AND stop_from_month BETWEEN $2 AND $3`, [p, from, to]),
      stoppedPersons: await q(`SELECT count(*) AS n FROM enrollment WHERE program = $1 AND stop_from_month BETWEEN $2 AND $3`, [p, from, to]),
      paidFen: await q(
        `SELECT coalesce(sum(pl.amount_fen), 0)::float8 AS n FROM payment_line pl JOIN payroll pr ON pr.id = pl.payroll_id WHERE pl.program = $1 AND pr.month BETWEEN $2 AND $3`,
        [p, from, to],
      ),
    });
    return {
      year,
      DIBAO: await program('DIBAO'),
      TEKUN: await program('TEKUN'),
      temporaryRelief: {
        grants: await q(`SELECT count(*) AS n FROM temporary_relief WHERE granted_on BETWEEN $1 AND $2`, [`${year}-01-01`, `${year}-12-31`]),
        amountFen: await q(`SELECT coalesce(sum(amount_fen), 0)::float8 AS n FROM temporary_relief WHERE granted_on BETWEEN $1 AND $2`, [`${year}-01-01`, `${year}-12-31`]),
      },
      vagrantRelief: {
        cases: await q(`SELECT count(*) AS n FROM vagrant_case WHERE admitted_on BETWEEN $1 AND $2`, [`${year}-01-01`, `${year}-12-31`]),
        hotlineCalls: await q(`SELECT count(*) AS n FROM vagrant_outreach WHERE kind = 'HOTLINE_CALL' AND occurred_at >= $1 AND occurred_at < $2`, yearInstants),
        streetPatrols: await q(`SELECT count(*) AS n FROM vagrant_outreach WHERE kind = 'STREET_PATROL' AND occurred_at >= $1 AND occurred_at < $2`, yearInstants),
        returnFollowUps: await returnFollowUpFigures(this.dataSource, year),
      },
      cashPlusServices: ((await this.dataSource.query(CASH_PLUS_FIGURES, [from, to])) as CashPlusFigures[])[0],
    };
  }
}
