// An approved settlement's side of 一卡通: the canteen's operator is paid into its corporate
// account (payee: the canteen's id, as payments keeps the account, and the operator's name, as
// the bank knows the holder). The approval pays the month's subsidy and re-issues, once, any of
// the canteen's earlier lines the bank returned FAILED (a canteen is owed its meals even if it
// has closed since, so nothing stops a re-issue but the rule's "once").
import { publishPayablesInChunks, type PayablesPageReader } from '@app/common/payables/payables-chunks';
import { reissueDecision } from '@app/common/payables/rules/reissue.rule';
import type { PayablesApprovedV1 } from '@app/contracts/shared/payables';
import type { EntityManager } from 'typeorm';
import type { Settlement } from './settlement.entity';

export const PAYMENT_LINES = { table: 'settlement_payment', ownerService: 'canteen' } as const;

export interface SettlementPaymentView {
  id: string;
  kind: 'SETTLEMENT' | 'REISSUE';
  month: string;
  amountFen: number;
  reissueOf: string | null;
  paymentStatus: 'PAID' | 'FAILED' | null;
  paymentFailureReason: string | null;
  paymentOutcomeOn: string | null;
}

/** The lines an approved settlement pays, with the bank's outcome. */
export async function paymentsOf(manager: EntityManager, settlementId: string): Promise<SettlementPaymentView[]> {
  return manager.query(
    `SELECT id, kind, month, amount_fen AS "amountFen", reissue_of AS "reissueOf", payment_status AS "paymentStatus",
            payment_failure_reason AS "paymentFailureReason", payment_outcome_on::text AS "paymentOutcomeOn"
     FROM settlement_payment WHERE settlement_id = $1 ORDER BY kind, id`,
    [settlementId],
  );
}

async function attachLines(manager: EntityManager, settlement: Settlement): Promise<number> {
  let count = 0;
  if ((settlement.subsidyFen ?? 0) > 0) {
    await manager.query(`INSERT INTO settlement_payment (settlement_id, canteen_id, month, amount_fen, kind) VALUES ($1, $2, $3, $4, 'SETTLEMENT')`, [
      settlement.id,
      settlement.canteenId,
      settlement.month,
      settlement.subsidyFen,
    ]);
    count += 1;
  }
  const failed: Array<{ id: string; period: string; alreadyReissued: boolean; isReissue: boolean }> = await manager.query(
    `SELECT f.id, f.month AS period, f.kind = 'REISSUE' AS "isReissue", EXISTS (SELECT 1 FROM settlement_payment r WHERE r.reissue_of = f.id) AS "alreadyReissued"
     FROM settlement_payment f WHERE f.canteen_id = $1 AND f.payment_status = 'FAILED'`,
    [settlement.canteenId],
  );
  const reissued = failed.filter((f) => reissueDecision({ ...f, stoppedFromMonth: null }).reissue).map((f) => f.id);
  if (reissued.length === 0) return count;
  const rows: unknown[] = await manager.query(
    `INSERT INTO settlement_payment (settlement_id, canteen_id, month, amount_fen, kind, reissue_of)
     SELECT $1, canteen_id, month, amount_fen, 'REISSUE', id FROM settlement_payment WHERE id = ANY ($2::uuid[])
     ON CONFLICT (reissue_of) WHERE reissue_of IS NOT NULL DO NOTHING RETURNING id`,
    [settlement.id, reissued],
  );
  return count + rows.length;
}

function reader(manager: EntityManager, settlementId: string): PayablesPageReader {
  return async (after, limit) => {
    const rows: Array<{ lineId: string; period: string; amountFen: number; reissueOf: string | null; canteenId: string; operator: string }> = await manager.query(
      `SELECT p.id AS "lineId", p.month AS period, p.amount_fen AS "amountFen", p.reissue_of AS "reissueOf", p.canteen_id AS "canteenId", c.operator
       FROM settlement_payment p JOIN canteen c ON c.id = p.canteen_id
       WHERE p.settlement_id = $1 AND ($2::uuid IS NULL OR p.id > $2) ORDER BY p.id LIMIT $3`,
      [settlementId, after, limit],
    );
    return rows.map((r) => ({
      lineId: r.lineId,
      programme: 'CANTEEN_SETTLEMENT' as const,
      period: r.period,
      payee: { kind: 'ORGANISATION' as const, organisationId: r.canteenId, name: r.operator },
      amountFen: r.amountFen,
      ...(r.reissueOf ? { reissueOf: r.reissueOf } : {}),
    }));
  };
}

/** Records the approval's payment lines and hands them to `publish` as payables chunks, in the approval's transaction. */
export async function payApprovedSettlement(manager: EntityManager, settlement: Settlement, publish: (chunk: PayablesApprovedV1) => Promise<void>): Promise<void> {
  const lineCount = await attachLines(manager, settlement);
  const approval = { approvalId: settlement.id, month: settlement.month, approvedBy: settlement.approvedBy! };
  await publishPayablesInChunks(approval, lineCount, reader(manager, settlement.id), publish);
}
