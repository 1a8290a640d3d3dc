// The 一卡通 side of "物质+服务" settlements: an approved settlement pays the provider into its
// corporate account under SERVICE_PROVIDER_SETTLEMENT (the lines and their chunks are the shared
// settlement-lines'), and the bank's outcome of the settlement's own line is its payment status.
import type { PaymentLineTable } from '@app/common/payables/payment-outcomes';
import type { SettlementPayables } from '@app/common/payables/settlement-lines';
import type { EntityManager } from 'typeorm';
import type { CashPlusSettlement } from './cash-plus-settlement.entity';
import type { CashPlusSettlementResponse } from './dto/cash-plus-responses.dto';

export const CASH_PLUS_PAYMENT_LINES: PaymentLineTable = { table: 'cash_plus_settlement_payment', ownerService: 'social-assistance' };
export const CASH_PLUS_PAYABLES: SettlementPayables = { table: CASH_PLUS_PAYMENT_LINES.table, payeeColumn: 'provider_id', programme: 'SERVICE_PROVIDER_SETTLEMENT' };

type PaymentStatus = CashPlusSettlementResponse['paymentStatus'];

/** PENDING until the bank's return file says PAID or FAILED; null when there is nothing to pay (yet). */
export async function settlementPaymentStatus(manager: EntityManager, s: CashPlusSettlement): Promise<PaymentStatus> {
  if (s.status !== 'APPROVED' || s.amountFen === 0) return null;
  const [line]: Array<{ status: 'PAID' | 'FAILED' | null }> = await manager.query(
    `SELECT payment_status AS status FROM cash_plus_settlement_payment WHERE settlement_id = $1 AND kind = 'SETTLEMENT'`,
    [s.id],
  );
  return line?.status ?? 'PENDING';
}

export async function toSettlementResponse(manager: EntityManager, s: CashPlusSettlement): Promise<CashPlusSettlementResponse> {
  const { id, providerId, month, visits, unconfirmedVisits, disputedVisits, pricePerVisitFen, amountFen, status, createdBy, approvedBy, approvedAt } = s;
  return { id, providerId, month, visits, unconfirmedVisits, disputedVisits, pricePerVisitFen, amountFen, status, createdBy, approvedBy, approvedAt, paymentStatus: await settlementPaymentStatus(manager, s) };
}

/** Approved settlements of months `fromMonth`..`toMonth` (null: open-ended), in fen. */
export async function approvedFenBetween(manager: EntityManager, fromMonth: string, toMonth: string | null): Promise<number> {
  const [row]: Array<{ fen: string }> = await manager.query(
    `SELECT coalesce(sum(amount_fen), 0)::text AS fen FROM cash_plus_settlement WHERE status = 'APPROVED' AND month >= $1 AND ($2::text IS NULL OR month <= $2)`,
    [fromMonth, toMonth],
  );
  return Number(row.fen);
}
