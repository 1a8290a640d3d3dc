// An approved home care settlement's side of 一卡通: the provider is paid the month's subsidy into
// its corporate account (payee: the provider's id, as payments keeps the account, and its name, as
// the bank knows the holder); the lines (the subsidy, re-issues of FAILED ones) are written by the
// shared attachSettlementLines, as the canteens' settlements are.
import { publishPayablesInChunks, type PayablesPageReader } from '@app/common/payables/payables-chunks';
import type { PaymentLineTable } from '@app/common/payables/payment-outcomes';
import { attachSettlementLines } from '@app/common/payables/settlement-lines';
import type { PayablesApprovedV1 } from '@app/contracts/shared/payables';
import type { EntityManager } from 'typeorm';
import type { HomeCareSettlement } from './home-care-settlement.entity';

export const SETTLEMENT_PAYMENT_LINES: PaymentLineTable = { table: 'home_care_settlement_payment', ownerService: 'elderly-care' };

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
export async function settlementPayments(manager: EntityManager, settlementId: string): Promise<SettlementPaymentView[]> {
  return manager.query(
    `SELECT id, kind, month, amount_fen::int AS "amountFen", reissue_of AS "reissueOf", payment_status AS "paymentStatus",
            payment_failure_reason AS "paymentFailureReason", payment_outcome_on::text AS "paymentOutcomeOn"
     FROM home_care_settlement_payment WHERE settlement_id = $1 ORDER BY kind, id`,
    [settlementId],
  );
}

function reader(manager: EntityManager, settlementId: string, providerName: string): PayablesPageReader {
  return async (after, limit) => {
    const rows: Array<{ lineId: string; period: string; amountFen: number; reissueOf: string | null; providerId: string }> = await manager.query(
      `SELECT id AS "lineId", month AS period, amount_fen::int AS "amountFen", reissue_of AS "reissueOf", provider_id AS "providerId"
       FROM home_care_settlement_payment WHERE settlement_id = $1 AND ($2::uuid IS NULL OR id > $2) ORDER BY id LIMIT $3`,
      [settlementId, after, limit],
    );
    return rows.map((r) => ({
      lineId: r.lineId,
      programme: 'HOME_CARE_SETTLEMENT' as const,
      period: r.period,
      payee: { kind: 'ORGANISATION' as const, organisationId: r.providerId, name: providerName },
      amountFen: r.amountFen,
      ...(r.reissueOf ? { reissueOf: r.reissueOf } : {}),
    }));
  };
}

/** Records the approval's payment lines and hands them to `publish` as payables chunks, in the approval's transaction. */
export async function payApprovedSettlement(
  manager: EntityManager,
  settlement: HomeCareSettlement,
  providerName: string,
  publish: (chunk: PayablesApprovedV1) => Promise<void>,
): Promise<void> {
  const lineCount = await attachSettlementLines(manager, { table: SETTLEMENT_PAYMENT_LINES.table, payeeColumn: 'provider_id' }, { id: settlement.id, payeeId: settlement.providerId, month: settlement.month, amountFen: settlement.subsidyFen });
  const approval = { approvalId: settlement.id, month: settlement.month, approvedBy: settlement.approvedBy! };
  await publishPayablesInChunks(approval, lineCount, reader(manager, settlement.id, providerName), publish);
}
