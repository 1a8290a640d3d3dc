// A provider's monthly "物质+服务" settlement: the month's confirmed visits at the price per visit
// in force for the month, approved by someone other than its maker, and only within what is left
// of the programme budget (the approved settlements of the budget's period count against it).
export interface BudgetCheck {
  budgetFen: number;
  /** Approved settlements of the budget's period so far. */
  approvedFen: number;
  /** The settlement to approve. */
  amountFen: number;
}

export type BudgetDecision = { withinBudget: true; remainingFen: number } | { withinBudget: false; remainingFen: number; shortFen: number };

const assertFen = (value: number, name: string): void => {
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`${name} must be whole fen ≥ 0, got ${value}`);
};

/** Confirmed visits × price per visit, in fen. */
export function settlementAmountFen(confirmedVisits: number, pricePerVisitFen: number): number {
  assertFen(confirmedVisits, 'confirmedVisits');
  assertFen(pricePerVisitFen, 'pricePerVisitFen');
  return confirmedVisits * pricePerVisitFen;
}

/** Whether approving `amountFen` stays within the budget, and what remains after it (or now, when it does not). */
export function budgetDecision(check: BudgetCheck): BudgetDecision {
  assertFen(check.budgetFen, 'budgetFen');
  assertFen(check.approvedFen, 'approvedFen');
  assertFen(check.amountFen, 'amountFen');
  const remaining = check.budgetFen - check.approvedFen;
  if (check.amountFen <= remaining) return { withinBudget: true, remainingFen: remaining - check.amountFen };
  return { withinBudget: false, remainingFen: Math.max(remaining, 0), shortFen: check.amountFen - Math.max(remaining, 0) };
}

/** Four eyes: the maker of a settlement does not approve it. */
export const mayApprove = (createdBy: string, approver: string): boolean => createdBy !== approver;
