import type { SettlementLineKind, SettlementLineStatus } from '../settlement.entity';

export interface SettlementLineFacts {
  status: SettlementLineStatus;
  subsidyFen: number;
  /** Absent: a claim. */
  kind?: SettlementLineKind;
}

export interface SettlementTotals {
  /** Meals of the month paid (correction lines are not meals of the month). */
  mealCount: number;
  /** Net: the month's meals less the corrections of earlier approved months. */
  subsidyFen: number;
  /** Lines still in dispute: the settlement cannot be approved while any remain. */
  openDisputes: number;
}

/**
 * Claimed and accepted lines are paid; rejected ones are not; disputed ones block approval. A
 * correction line carries a negative amount: it takes back a meal paid in an approved month and
 * voided since.
 */
export function settlementTotals(lines: ReadonlyArray<SettlementLineFacts>): SettlementTotals {
  const totals: SettlementTotals = { mealCount: 0, subsidyFen: 0, openDisputes: 0 };
  for (const line of lines) {
    if (line.status === 'DISPUTED') totals.openDisputes += 1;
    if (line.status === 'CLAIMED' || line.status === 'ACCEPTED') {
      if (line.kind !== 'CORRECTION') totals.mealCount += 1;
      totals.subsidyFen += line.subsidyFen;
    }
  }
  return totals;
}

export interface OperatorTotals {
  operator: string;
  mealCount: number;
  subsidyFen: number;
}

/** One operator may run several canteens: its month is the sum of their settlements. */
export function totalsByOperator(settlements: ReadonlyArray<OperatorTotals>): OperatorTotals[] {
  const byOperator = new Map<string, OperatorTotals>();
  for (const s of settlements) {
    const sum = byOperator.get(s.operator) ?? { operator: s.operator, mealCount: 0, subsidyFen: 0 };
    sum.mealCount += s.mealCount;
    sum.subsidyFen += s.subsidyFen;
    byOperator.set(s.operator, sum);
  }
  return [...byOperator.values()].sort((a, b) => a.operator.localeCompare(b.operator));
}
