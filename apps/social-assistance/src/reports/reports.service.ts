import type { Principal } from '@app/common/auth/claims';
import { divisionPrefix } from '@app/common/auth/division-scope';
import { shanghaiStartOfDay } from '@app/common/time/clock';
import { PolicyService } from '@app/common/policy/policy.service';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { SocialAssistancePolicies } from '../policy-catalogue';
import { returnFollowUpFigures } from '../return-follow-ups/return-follow-ups.queries';
import type { AnnualReportResponse, CashPlusFigures, ProgramFigures } from './dto/annual-report.dto';
import { standardsInYear } from './standards-in-year';

/**
 * "物质+服务" of the approved settlements of months of the year: people by the category of their
 * plan, visits, amount. A settlement belongs to its provider's division, as in the settlement list.
 */
const CASH_PLUS_FIGURES = `SELECT
    count(DISTINCT p.resident_id) FILTER (WHERE p.category = 'TEKUN')::int AS "tekunPersons",
    count(DISTINCT p.resident_id) FILTER (WHERE p.category = 'ELDER')::int AS "elderPersons",
    count(v.id)::int AS "householdVisits",
    (SELECT coalesce(sum(s2.amount_fen), 0)::float8 FROM cash_plus_settlement s2 JOIN cash_plus_provider pr2 ON pr2.id = s2.provider_id
      WHERE s2.status = 'APPROVED' AND s2.month BETWEEN $1 AND $2 AND pr2.division_code LIKE $3) AS "amountFen"
  FROM cash_plus_settlement s JOIN cash_plus_provider pr ON pr.id = s.provider_id
    JOIN cash_plus_visit v ON v.settlement_id = s.id JOIN cash_plus_plan p ON p.id = v.plan_id
  WHERE s.status = 'APPROVED' AND s.month BETWEEN $1 AND $2 AND pr.division_code LIKE $3`;

/** A case and its enrollments and payment lines belong to the division of the household. */
const HOUSEHOLD_OF_CASE = `JOIN household h ON h.id = c.household_id AND h.region_code LIKE $4`;

/**
 * The bureau's annual summary figures of the caller's division (a county reports its own), as of
 * what is recorded now. Relief and vagrant cases recorded before divisions were kept have none:
 * only a platform-wide caller counts them, as only such a caller sees them in the lists.
 */
@Injectable()
export class ReportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: PolicyService<SocialAssistancePolicies>,
  ) {}

  async annual(principal: Principal, year: number): Promise<AnnualReportResponse> {
    const from = `${year}-01`;
    const to = `${year}-12`;
    const days = [`${year}-01-01`, `${year}-12-31`];
    const prefix = `${divisionPrefix(principal.division)}%`;
    // Calls and patrols are instants: the year runs from 1 January 00:00 Asia/Shanghai.
    const yearInstants = [shanghaiStartOfDay(`${year}-01-01`), shanghaiStartOfDay(`${year + 1}-01-01`)];
    const q = async (sql: string, params: unknown[]): Promise<number> => Number((await this.dataSource.query(sql, params))[0].n ?? 0);
    const program = async (p: 'DIBAO' | 'TEKUN'): Promise<ProgramFigures> => ({
      newHouseholds: await q(`SELECT count(*) AS n FROM assistance_case c ${HOUSEHOLD_OF_CASE} WHERE c.program = $1 AND c.start_month BETWEEN $2 AND $3`, [p, from, to, prefix]),
      newPersons: await q(`SELECT count(*) AS n FROM enrollment e JOIN assistance_case c ON c.id = e.case_id ${HOUSEHOLD_OF_CASE} WHERE e.program = $1 AND e.start_month BETWEEN $2 AND $3`, [p, from, to, prefix]),
      stoppedHouseholds: await q(
        `SELECT count(*) AS n FROM assistance_case c ${HOUSEHOLD_OF_CASE} WHERE c.program = $1 AND c.status = 'STOPPED' AND c.stop_from_month BETWEEN $2 AND $3`,
        [p, from, to, prefix],
      ),
      stoppedPersons: await q(`SELECT count(*) AS n FROM enrollment e JOIN assistance_case c ON c.id = e.case_id ${HOUSEHOLD_OF_CASE} WHERE e.program = $1 AND e.stop_from_month BETWEEN $2 AND $3`, [p, from, to, prefix]),
      // A re-issue pays again a line the bank returned FAILED: its money is counted once, with the line it re-issues.
      paidFen: await q(
        `SELECT coalesce(sum(pl.amount_fen), 0)::float8 AS n FROM payment_line pl JOIN payroll pr ON pr.id = pl.payroll_id JOIN assistance_case c ON c.id = pl.case_id ${HOUSEHOLD_OF_CASE}
          WHERE pl.program = $1 AND pr.month BETWEEN $2 AND $3 AND pl.kind <> 'REISSUE'`,
        [p, from, to, prefix],
      ),
      ...(await this.arrears(p, from, to, prefix)),
    });
    return {
      year,
      standards: await standardsInYear(this.policy, year),
      DIBAO: await program('DIBAO'),
      TEKUN: await program('TEKUN'),
      temporaryRelief: {
        grants: await q(`SELECT count(*) AS n FROM temporary_relief WHERE granted_on BETWEEN $1 AND $2 AND coalesce(region_code, '') LIKE $3`, [...days, prefix]),
        amountFen: await q(`SELECT coalesce(sum(amount_fen), 0)::float8 AS n FROM temporary_relief WHERE granted_on BETWEEN $1 AND $2 AND coalesce(region_code, '') LIKE $3`, [...days, prefix]),
      },
      vagrantRelief: {
        cases: await q(`SELECT count(*) AS n FROM vagrant_case WHERE admitted_on BETWEEN $1 AND $2 AND coalesce(region_code, '') LIKE $3`, [...days, prefix]),
        hotlineCalls: await q(`SELECT count(*) AS n FROM vagrant_outreach WHERE kind = 'HOTLINE_CALL' AND occurred_at >= $1 AND occurred_at < $2 AND region_code LIKE $3`, [...yearInstants, prefix]),
        streetPatrols: await q(`SELECT count(*) AS n FROM vagrant_outreach WHERE kind = 'STREET_PATROL' AND occurred_at >= $1 AND occurred_at < $2 AND region_code LIKE $3`, [...yearInstants, prefix]),
        returnFollowUps: await returnFollowUpFigures(this.dataSource, year, prefix),
      },
      cashPlusServices: ((await this.dataSource.query(CASH_PLUS_FIGURES, [from, to, prefix])) as CashPlusFigures[])[0],
    };
  }

  /** 补发 paid by the payrolls of the year: arrears lines of a raise entered after its months were paid (DOMAIN §1). */
  private async arrears(p: 'DIBAO' | 'TEKUN', from: string, to: string, prefix: string): Promise<Pick<ProgramFigures, 'arrearsLines' | 'arrearsFen'>> {
    const [row] = (await this.dataSource.query(
      `SELECT count(*)::int AS "arrearsLines", coalesce(sum(pl.amount_fen), 0)::float8 AS "arrearsFen"
         FROM payment_line pl JOIN payroll pr ON pr.id = pl.payroll_id JOIN assistance_case c ON c.id = pl.case_id ${HOUSEHOLD_OF_CASE}
        WHERE pl.program = $1 AND pl.kind = 'ARREARS' AND pr.month BETWEEN $2 AND $3`,
      [p, from, to, prefix],
    )) as Array<Pick<ProgramFigures, 'arrearsLines' | 'arrearsFen'>>;
    return row;
  }
}
