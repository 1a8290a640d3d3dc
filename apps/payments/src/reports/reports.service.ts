import type { Principal } from '@app/common/auth/claims';
import { divisionPrefix } from '@app/common/auth/division-scope';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { annualReport, type AnnualReport, type OutcomeAggregateRow } from './rules/annual-report.rule';

@Injectable()
export class ReportsService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The year's paid and failed lines per programme, by the bank's value date, of the payees of the
   * caller's division: a line is paid into an account, and the account records the payee's division
   * (the bureau's work lists stay city-wide; a county's report is its own payees').
   */
  async annual(principal: Principal, year: number): Promise<AnnualReport> {
    const rows = await this.dataSource.query<Array<{ programme: string; outcome: 'PAID' | 'FAILED'; lines: number; amount_fen: number; payees: number }>>(
      `SELECT b.programme, b.outcome, count(*)::int AS lines, sum(b.amount_fen)::float8 AS amount_fen, count(DISTINCT (p.payee_kind, p.payee_key))::int AS payees
       FROM batch_line b JOIN payable_line p ON p.reference = b.reference JOIN payee_account a ON a.id = b.account_id
       WHERE b.outcome IS NOT NULL AND b.returned_on >= $1 AND b.returned_on < $2 AND a.division_code LIKE $3
       GROUP BY b.programme, b.outcome`,
      [`${year}-01-01`, `${year + 1}-01-01`, `${divisionPrefix(principal.division)}%`],
    );
    const aggregates: OutcomeAggregateRow[] = rows.map((r) => ({ programme: r.programme, outcome: r.outcome, lines: r.lines, amountFen: r.amount_fen, payees: r.payees }));
    return annualReport(year, aggregates);
  }
}
