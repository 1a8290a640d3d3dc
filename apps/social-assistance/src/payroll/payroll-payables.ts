// The payroll's side of 一卡通: its lines as payables for payments, and the re-issue of lines the
// bank returned FAILED. Payee: 特困 in central care → the institution; a case of one person (特困,
// or a 低保 case recorded for one resident) → that person; a 低保 household → its applicant (the
// member who applied; failing that, the first member by resident ID), whose 惠民惠农 account
// receives the household's money.
import { createHash } from 'node:crypto';
import type { PayablesPageReader } from '@app/common/payables/payables-chunks';
import { reissueDecision } from '@app/common/payables/rules/reissue.rule';
import type { PayableLine } from '@app/contracts/shared/payables';
import type { EntityManager } from 'typeorm';
import type { ProgramSum } from './payroll-lines.sql';

export const PAYMENT_LINES = { table: 'payment_line', ownerService: 'social-assistance' } as const;

interface PayableRow {
  lineId: string;
  programme: 'DIBAO' | 'TEKUN';
  period: string;
  amountFen: number;
  reissueOf: string | null;
  institution: string | null;
  residentId: string | null;
}

/**
 * An institution is recorded here by its name only; its organisation id for payments is derived
 * from the name (the same name, the same id every month), so payments keeps one account for it.
 */
const PAYABLES_PAGE = `SELECT pl.id AS "lineId", pl.program AS programme, pl.month AS period, pl.amount_fen::float8 AS "amountFen", pl.reissue_of AS "reissueOf",
         pl.payee_institution AS institution, coalesce(c.resident_id, p.resident_id) AS "residentId"
  FROM payment_line pl JOIN assistance_case c ON c.id = pl.case_id
  LEFT JOIN LATERAL (
    SELECT m.resident_id FROM household_member m WHERE m.household_id = c.household_id ORDER BY (m.relation = 'APPLICANT') DESC, m.resident_id LIMIT 1
  ) p ON c.resident_id IS NULL
  WHERE pl.payroll_id = $1 AND ($2::uuid IS NULL OR pl.id > $2) ORDER BY pl.id LIMIT $3`;

function payable(row: PayableRow): PayableLine {
  const payee = row.institution
    ? { kind: 'ORGANISATION' as const, organisationId: institutionId(row.institution), name: row.institution }
    : { kind: 'PERSON' as const, residentId: row.residentId! };
  return { lineId: row.lineId, programme: row.programme, period: row.period, payee, amountFen: row.amountFen, ...(row.reissueOf ? { reissueOf: row.reissueOf } : {}) };
}

/** A stable uuid-shaped id per institution name. */
function institutionId(name: string): string {
  const hex = createHash('md5').update(`social-assistance:institution:${name}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function payablesReader(manager: EntityManager, payrollId: string): PayablesPageReader {
  return async (after, limit) => ((await manager.query(PAYABLES_PAGE, [payrollId, after, limit])) as PayableRow[]).map(payable);
}

/**
 * Lines the bank returned FAILED are paid again by this payroll, once (rules/reissue.rule.ts): a
 * REISSUE line for the failed line's month and amount, unique by the line it re-issues. A case
 * that stopped from the failed month or before is not paid again.
 */
export async function attachReissues(manager: EntityManager, payrollId: string): Promise<ProgramSum[]> {
  const failed: Array<{ id: string; period: string; stoppedFromMonth: string | null; alreadyReissued: boolean; isReissue: boolean }> = await manager.query(
    `SELECT f.id, f.month AS period, c.stop_from_month AS "stoppedFromMonth", f.kind = 'REISSUE' AS "isReissue",
            EXISTS (SELECT 1 FROM payment_line r WHERE r.reissue_of = f.id) AS "alreadyReissued"
     FROM payment_line f JOIN assistance_case c ON c.id = f.case_id WHERE f.payment_status = 'FAILED'`,
  );
  const reissued = failed.filter((f) => reissueDecision(f).reissue).map((f) => f.id);
  if (reissued.length === 0) return [];
  return manager.query(
    `WITH inserted AS (
       INSERT INTO payment_line (case_id, payroll_id, program, month, members, amount_fen, payee_institution, kind, reissue_of)
       SELECT case_id, $1, program, month, members, amount_fen, payee_institution, 'REISSUE', id FROM payment_line WHERE id = ANY ($2::uuid[])
       ON CONFLICT (reissue_of) WHERE reissue_of IS NOT NULL DO NOTHING
       RETURNING program, amount_fen
     )
     SELECT program, count(*)::int AS "lineCount", sum(amount_fen)::text AS "amountFen" FROM inserted GROUP BY program`,
    [payrollId, reissued],
  );
}
