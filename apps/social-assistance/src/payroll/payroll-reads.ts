// A month's payroll as the console shows it to a division: the whole payroll is run and approved
// by an official covering every household (payroll.service.ts), but anyone reading it sees the
// lines of the households within their own division, a page at a time, and the totals of those.
import type { Principal } from '@app/common/auth/claims';
import { divisionPrefix } from '@app/common/auth/division-scope';
import { pageOf, pageWindow, type Page, type PageQuery } from '@app/common/http/page-query.dto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { PayrollDivisionSummary, PayrollLineItem, PayrollTally } from './dto/payroll-reads.dto';
import { Payroll } from './payroll.entity';

const WITHIN = `FROM payment_line l JOIN assistance_case c ON c.id = l.case_id JOIN household h ON h.id = c.household_id
  WHERE l.payroll_id = $1 AND h.region_code LIKE $2`;

type Sums = { program: string; kind: string; status: string | null; lines: number; total: string };

const tally = (rows: Sums[]): PayrollTally => ({ lines: rows.reduce((n, r) => n + r.lines, 0), totalFen: rows.reduce((n, r) => n + Number(r.total), 0) });

@Injectable()
export class PayrollReads {
  constructor(private readonly dataSource: DataSource) {}

  async summary(month: string, principal: Principal): Promise<PayrollDivisionSummary> {
    const payroll = await this.dataSource.manager.findOneBy(Payroll, { month });
    const empty = { lines: 0, totalFen: 0 };
    if (!payroll) return { month, status: 'NOT_RUN', runBy: [], approvedBy: null, approvedOn: null, ...empty, byKind: [], arrears: empty, reissues: empty, paid: empty, failed: empty };
    const sums: Sums[] = await this.dataSource.query(
      `SELECT l.program, l.kind, l.payment_status AS status, count(*)::int AS lines, sum(l.amount_fen)::text AS total ${WITHIN} GROUP BY l.program, l.kind, l.payment_status`,
      [payroll.id, `${divisionPrefix(principal.division)}%`],
    );
    const all = tally(sums);
    return {
      month,
      status: payroll.status === 'APPROVED' ? 'APPROVED' : 'RUN',
      runBy: [payroll.runBy],
      approvedBy: payroll.approvedBy,
      approvedOn: payroll.approvedOn,
      ...all,
      byKind: ['DIBAO', 'TEKUN'].map((kind) => ({ kind, ...tally(sums.filter((s) => s.program === kind)) })).filter((k) => k.lines > 0),
      arrears: tally(sums.filter((s) => s.kind === 'ARREARS')),
      reissues: tally(sums.filter((s) => s.kind === 'REISSUE')),
      paid: tally(sums.filter((s) => s.status === 'PAID')),
      failed: tally(sums.filter((s) => s.status === 'FAILED')),
    };
  }

  /** The lines within the caller's division, in the payroll's own order (GET /api/v1/payrolls): by kind, case and month. */
  async lines(month: string, query: PageQuery, principal: Principal): Promise<Page<PayrollLineItem>> {
    const payroll = await this.dataSource.manager.findOneBy(Payroll, { month });
    if (!payroll) return pageOf([], 0, query);
    const { offset, limit } = pageWindow(query);
    const params = [payroll.id, `${divisionPrefix(principal.division)}%`];
    const [items, [{ total }]] = await Promise.all([
      this.dataSource.query(
        `SELECT l.id AS "lineId", l.case_id AS "caseId", h.region_code AS "regionCode", l.program, l.kind AS "lineType", l.month, l.members, l.amount_fen::float8 AS "amountFen",
                l.payee_institution AS "payeeInstitution", l.payment_status AS "paymentStatus", l.payment_failure_reason AS "paymentFailureReason", l.payment_outcome_on::text AS "paymentOutcomeOn"
         ${WITHIN} ORDER BY l.kind DESC, l.case_id, l.month OFFSET $3 LIMIT $4`,
        [...params, offset, limit],
      ) as Promise<PayrollLineItem[]>,
      this.dataSource.query(`SELECT count(*)::int AS total ${WITHIN}`, params) as Promise<Array<{ total: number }>>,
    ]);
    return pageOf(items, total, query);
  }
}
