// The one mechanism of 补发 arrears for every programme of the service (DOMAIN §1 "Standard
// raise"): what was paid per case and month (regular and earlier arrears lines, paid or pending),
// and arrears lines that the next payroll pays (payroll-lines.sql.ts attaches them). Each
// programme supplies only its entitlement per month (rules/arrears.ts compares the two).
import type { EntityManager } from 'typeorm';
import type { Program } from '../cases/assistance-case.entity';
import type { ArrearsLineResponse } from './dto/recompute.dto';
import type { MonthAmount } from './rules/arrears.rule';

/** Everything paid or pending per case and month from `fromMonth` on, for cases that were approved. */
export async function paidByCaseAndMonth(manager: EntityManager, program: Program, fromMonth: string): Promise<Map<string, MonthAmount[]>> {
  const rows: Array<{ caseId: string; month: string; amountFen: number }> = await manager.query(
    `SELECT pl.case_id AS "caseId", pl.month, sum(pl.amount_fen)::float8 AS "amountFen"
     FROM payment_line pl JOIN assistance_case c ON c.id = pl.case_id
     WHERE c.program = $1 AND c.status IN ('APPROVED', 'ACTIVE', 'SUSPENDED', 'STOPPED') AND pl.month >= $2
     GROUP BY pl.case_id, pl.month`,
    [program, fromMonth],
  );
  const byCase = new Map<string, MonthAmount[]>();
  for (const r of rows) byCase.set(r.caseId, [...(byCase.get(r.caseId) ?? []), { month: r.month, amountFen: r.amountFen }]);
  return byCase;
}

export interface ArrearsLine extends ArrearsLineResponse {
  program: Program;
  members: number;
  payeeInstitution: string | null;
}

/** Stores an arrears line, not yet in a payroll. */
export async function insertArrearsLine(manager: EntityManager, line: ArrearsLine): Promise<ArrearsLineResponse> {
  await manager.query(
    `INSERT INTO payment_line (case_id, payroll_id, program, month, members, amount_fen, kind, payee_institution) VALUES ($1, NULL, $2, $3, $4, $5, 'ARREARS', $6)`,
    [line.caseId, line.program, line.month, line.members, line.amountFen, line.payeeInstitution],
  );
  return { caseId: line.caseId, month: line.month, amountFen: line.amountFen };
}

/** One recomputation of a programme at a time: a second waits, then finds the arrears already there. */
export async function lockRecomputation(manager: EntityManager, program: Program): Promise<void> {
  await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`${program.toLowerCase()}-standards-recompute`]);
}
