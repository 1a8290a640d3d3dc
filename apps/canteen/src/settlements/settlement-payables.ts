// An approved settlement's side of 一卡通: the canteen's operator is paid into its corporate
// account (payee: the canteen's id, as payments keeps the account, and the operator's name, as
// the bank knows the holder). The lines (the month's subsidy, re-issues of FAILED ones) and their
// payables chunks are the shared settlement-lines' work, as for home care and "物质+服务" providers.
import {
  payApprovedSettlement as paySettlementLines,
  settlementPayments,
  type SettlementPayables,
  type SettlementPaymentView,
} from '@app/common/payables/settlement-lines';
import type { PayablesApprovedV1 } from '@app/contracts/shared/payables';
import type { EntityManager } from 'typeorm';
import type { Settlement } from './settlement.entity';

export type { SettlementPaymentView };

export const PAYMENT_LINES = { table: 'settlement_payment', ownerService: 'canteen' } as const;
const LINES: SettlementPayables = { table: PAYMENT_LINES.table, payeeColumn: 'canteen_id', programme: 'CANTEEN_SETTLEMENT' };

/** The lines an approved settlement pays, with the bank's outcome. */
export function paymentsOf(manager: EntityManager, settlementId: string): Promise<SettlementPaymentView[]> {
  return settlementPayments(manager, LINES, settlementId);
}

/** Records the approval's payment lines and hands them to `publish` as payables chunks, in the approval's transaction. */
export async function payApprovedSettlement(manager: EntityManager, settlement: Settlement, publish: (chunk: PayablesApprovedV1) => Promise<void>): Promise<void> {
  const [{ operator }] = await manager.query<Array<{ operator: string }>>(`SELECT operator FROM canteen WHERE id = $1`, [settlement.canteenId]);
  await paySettlementLines(
    manager,
    LINES,
    { id: settlement.id, payeeId: settlement.canteenId, month: settlement.month, amountFen: settlement.subsidyFen ?? 0, approvedBy: settlement.approvedBy!, payeeName: operator },
    publish,
  );
}
