// Monthly settlement with a home care provider (DOMAIN §4, §8). Pure.
import { copayFen } from './order-lifecycle.rule';

export interface SettledOrder {
  priceFen: number;
  subsidyFen: number;
}

export interface SettlementTotals {
  orders: number;
  priceFen: number;
  subsidyFen: number;
  copayFen: number;
}

/** Sums in integer fen: the bureau pays the subsidy, the elder the rest. */
export function settlementTotals(orders: readonly SettledOrder[]): SettlementTotals {
  let priceFen = 0;
  let subsidyFen = 0;
  let copay = 0;
  for (const o of orders) {
    priceFen += o.priceFen;
    subsidyFen += o.subsidyFen;
    copay += copayFen(o.priceFen, o.subsidyFen);
  }
  return { orders: orders.length, priceFen, subsidyFen, copayFen: copay };
}

/** Four eyes: whoever drew up a settlement may not approve it. */
export function mayApprove(createdBy: string, approver: string): boolean {
  return createdBy !== approver;
}
