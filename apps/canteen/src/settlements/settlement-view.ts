// A settlement as the routes answer it: the row, its lines, their totals and what its approval pays.
import type { EntityManager } from 'typeorm';
import { settlementTotals, type SettlementTotals } from './rules/settlement-totals.rule';
import { paymentsOf, type SettlementPaymentView } from './settlement-payables';
import { Settlement, SettlementLine } from './settlement.entity';

export interface SettlementView extends Settlement {
  totals: SettlementTotals;
  lines: SettlementLine[];
  /** What the approval pays through 一卡通, with the bank's outcome (none before approval). */
  payments: SettlementPaymentView[];
}

export async function settlementView(manager: EntityManager, settlement: Settlement): Promise<SettlementView> {
  const lines = await manager.find(SettlementLine, { where: { settlementId: settlement.id }, order: { id: 'ASC' } });
  return { ...settlement, totals: settlementTotals(lines), lines, payments: await paymentsOf(manager, settlement.id) };
}
