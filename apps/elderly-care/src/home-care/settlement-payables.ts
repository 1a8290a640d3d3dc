// An approved home care settlement's side of 一卡通: the provider is paid the month's subsidy into
// its corporate account (payee: the provider's id, as payments keeps the account, and its name, as
// the bank knows the holder). The lines (the subsidy, re-issues of FAILED ones) and their payables
// chunks are the shared settlement-lines' work, as for canteens and "物质+服务" providers.
import type { PaymentLineTable } from '@app/common/payables/payment-outcomes';
import {
  payApprovedSettlement as paySettlementLines,
  settlementPaymentsPage as settlementLinePaymentsPage,
  type SettlementPayables,
  type SettlementPaymentView,
} from '@app/common/payables/settlement-lines';
import type { PayablesApprovedV1 } from '@app/contracts/shared/payables';
import type { EntityManager } from 'typeorm';
import type { HomeCareSettlement } from './home-care-settlement.entity';
import type { Page, PageQuery } from '@app/common/http/page-query.dto';

export type { SettlementPaymentView };

export const SETTLEMENT_PAYMENT_LINES: PaymentLineTable = { table: 'home_care_settlement_payment', ownerService: 'elderly-care' };
const LINES: SettlementPayables = { table: SETTLEMENT_PAYMENT_LINES.table, payeeColumn: 'provider_id', programme: 'HOME_CARE_SETTLEMENT' };

/** One page of the lines an approved settlement pays, with the bank's outcome. */
export function settlementPaymentsPage(manager: EntityManager, settlementId: string, query: PageQuery): Promise<Page<SettlementPaymentView>> {
  return settlementLinePaymentsPage(manager, LINES, settlementId, query);
}

/** Records the approval's payment lines and hands them to `publish` as payables chunks, in the approval's transaction. */
export async function payApprovedSettlement(
  manager: EntityManager,
  settlement: HomeCareSettlement,
  providerName: string,
  publish: (chunk: PayablesApprovedV1) => Promise<void>,
): Promise<void> {
  await paySettlementLines(
    manager,
    LINES,
    { id: settlement.id, payeeId: settlement.providerId, month: settlement.month, amountFen: settlement.subsidyFen, approvedBy: settlement.approvedBy!, payeeName: providerName },
    publish,
  );
}
