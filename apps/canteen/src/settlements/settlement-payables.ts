// An approved settlement's side of 一卡通: the canteen's operator is paid into its corporate
// account (payee: the canteen's id, as payments keeps the account, and the operator's name, as
// the bank knows the holder). The lines (the month's subsidy, re-issues of FAILED ones) are
// written by the shared attachSettlementLines.
import { publishPayablesInChunks, type PayablesPageReader } from '@app/common/payables/payables-chunks';
import { attachSettlementLines } from '@app/common/payables/settlement-lines';
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
  const lineCount = await attachSettlementLines(manager, { table: PAYMENT_LINES.table, payeeColumn: 'canteen_id' }, { id: settlement.id, payeeId: settlement.canteenId, month: settlement.month, amountFen: settlement.subsidyFen ?? 0 });
  const approval = { approvalId: settlement.id, month: settlement.month, approvedBy: settlement.approvedBy! };
  await publishPayablesInChunks(approval, lineCount, reader(manager, settlement.id), publish);
}
