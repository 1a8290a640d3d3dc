// The 一卡通 lines of an approved monthly settlement with an organisation (a canteen's operator, a
// home care provider): the month's subsidy, and a re-issue, once, of each earlier line of the
// same payee the bank returned FAILED (an organisation is owed its money even if it has closed
// since, so nothing stops a re-issue but the rule's "once"). Each service keeps the lines in its
// own table with the payment outcome columns (addPaymentOutcomeColumns) and these:
// id, settlement_id, <payee column>, month, amount_fen, kind ('SETTLEMENT' | 'REISSUE').
import type { EntityManager } from 'typeorm';
import { sqlIdentifier } from '../read-models/sql-identifier';
import { reissueDecision } from './rules/reissue.rule';

export interface SettlementLineTable {
  table: string;
  /** The column naming the payee organisation: canteen_id, provider_id. */
  payeeColumn: string;
}

export interface ApprovedSettlement {
  id: string;
  payeeId: string;
  month: string;
  /** The subsidy the settlement pays; no line when there is none. */
  amountFen: number;
}

/** Writes the approved settlement's lines; answers how many (to count the payables chunks). */
export async function attachSettlementLines(manager: EntityManager, lines: SettlementLineTable, settlement: ApprovedSettlement): Promise<number> {
  const table = sqlIdentifier(lines.table);
  const payee = sqlIdentifier(lines.payeeColumn);
  let count = 0;
  if (settlement.amountFen > 0) {
    await manager.query(`INSERT INTO ${table} (settlement_id, ${payee}, month, amount_fen, kind) VALUES ($1, $2, $3, $4, 'SETTLEMENT')`, [
      settlement.id,
      settlement.payeeId,
      settlement.month,
      settlement.amountFen,
    ]);
    count += 1;
  }
  const failed: Array<{ id: string; period: string; alreadyReissued: boolean; isReissue: boolean }> = await manager.query(
    `SELECT f.id, f.month AS period, f.kind = 'REISSUE' AS "isReissue", EXISTS (SELECT 1 FROM ${table} r WHERE r.reissue_of = f.id) AS "alreadyReissued"
     FROM ${table} f WHERE f.${payee} = $1 AND f.payment_status = 'FAILED'`,
    [settlement.payeeId],
  );
  const reissued = failed.filter((f) => reissueDecision({ ...f, stoppedFromMonth: null }).reissue).map((f) => f.id);
  if (reissued.length === 0) return count;
  const rows: unknown[] = await manager.query(
    `INSERT INTO ${table} (settlement_id, ${payee}, month, amount_fen, kind, reissue_of)
     SELECT $1, ${payee}, month, amount_fen, 'REISSUE', id FROM ${table} WHERE id = ANY ($2::uuid[])
     ON CONFLICT (reissue_of) WHERE reissue_of IS NOT NULL DO NOTHING RETURNING id`,
    [settlement.id, reissued],
  );
  return count + rows.length;
}
