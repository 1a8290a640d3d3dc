// The payroll's side of 一卡通: its lines as payables for payments (paid to the elder's own
// 惠民惠农 account), and the re-issue of lines the bank returned FAILED.
import type { PayablesPageReader } from '@app/common/payables/payables-chunks';
import { reissueDecision } from '@app/common/payables/rules/reissue.rule';
import type { PayableLine } from '@app/contracts/shared/payables';
import type { EntityManager } from 'typeorm';

export const PAYMENT_LINES = { table: 'allowance_payment', ownerService: 'elderly-care' } as const;

const PROGRAMME = { HIGH_AGE: 'HIGH_AGE_ALLOWANCE', SERVICE_SUBSIDY: 'SERVICE_SUBSIDY' } as const;

/** Keyset pages of the lines paid by the payroll of `month`, in id order (a line of 0 fen pays nothing and is no payable). */
export function payablesReader(manager: EntityManager, month: string): PayablesPageReader {
  return async (after, limit) => {
    const rows: Array<{ id: string; kind: keyof typeof PROGRAMME; month: string; amountFen: number; residentId: string; reissueOf: string | null }> = await manager.query(
      `SELECT id, kind, month, amount_fen AS "amountFen", resident_id AS "residentId", reissue_of AS "reissueOf"
       FROM allowance_payment WHERE paid_in_month = $1 AND amount_fen > 0 AND ($2::uuid IS NULL OR id > $2) ORDER BY id LIMIT $3`,
      [month, after, limit],
    );
    return rows.map(
      (r): PayableLine => ({
        lineId: r.id,
        programme: PROGRAMME[r.kind],
        period: r.month,
        payee: { kind: 'PERSON', residentId: r.residentId },
        amountFen: r.amountFen,
        ...(r.reissueOf ? { reissueOf: r.reissueOf } : {}),
      }),
    );
  };
}

export async function payableLineCount(manager: EntityManager, month: string): Promise<number> {
  const [row]: Array<{ n: number }> = await manager.query(`SELECT count(*)::int AS n FROM allowance_payment WHERE paid_in_month = $1 AND amount_fen > 0`, [month]);
  return row.n;
}

export async function payrollLineCount(manager: EntityManager, month: string): Promise<number> {
  const [row]: Array<{ n: number }> = await manager.query(`SELECT count(*)::int AS n FROM allowance_payment WHERE paid_in_month = $1`, [month]);
  return row.n;
}

/**
 * Lines the bank returned FAILED are paid again by the payroll of `month`, once
 * (libs/common/src/payables/rules/reissue.rule.ts): a REISSUE line of the failed line's month and
 * amount. An allowance stopped from that month or before (the elder died, moved away) is not.
 */
export async function attachReissues(manager: EntityManager, month: string): Promise<number> {
  const failed: Array<{ id: string; period: string; stoppedFromMonth: string | null; alreadyReissued: boolean; isReissue: boolean }> = await manager.query(
    `SELECT f.id, f.month AS period, a.stop_from_month AS "stoppedFromMonth", f.line_type = 'REISSUE' AS "isReissue",
            EXISTS (SELECT 1 FROM allowance_payment r WHERE r.reissue_of = f.id) AS "alreadyReissued"
     FROM allowance_payment f JOIN allowance a ON a.id = f.allowance_id WHERE f.payment_status = 'FAILED'`,
  );
  const reissued = failed.filter((f) => reissueDecision(f).reissue).map((f) => f.id);
  if (reissued.length === 0) return 0;
  const rows: unknown[] = await manager.query(
    `INSERT INTO allowance_payment (allowance_id, resident_id, kind, month, amount_fen, line_type, paid_in_month, reissue_of)
     SELECT allowance_id, resident_id, kind, month, amount_fen, 'REISSUE', $1, id FROM allowance_payment WHERE id = ANY ($2::uuid[])
     ON CONFLICT (reissue_of) WHERE reissue_of IS NOT NULL DO NOTHING RETURNING id`,
    [month, reissued],
  );
  return rows.length;
}
