import { budgetDecision, mayApprove, settlementAmountFen, type BudgetCheck, type BudgetDecision } from './settlement.rule';

describe('settlementAmountFen', () => {
  it.each([
    [0, 4900, 0],
    [1, 4900, 4900],
    [31, 4900, 151900],
    // The city's pilot: 8,099 household-visits.
    [8099, 4900, 39685100],
  ])('%d visits at %d fen -> %d fen', (visits, price, expected) => {
    expect(settlementAmountFen(visits, price)).toBe(expected);
  });
  it.each([
    [-1, 4900],
    [1.5, 4900],
    [3, 49.5],
  ])('refuses %d visits at %d fen', (visits, price) => {
    expect(() => settlementAmountFen(visits, price)).toThrow(RangeError);
  });
});

describe('budgetDecision', () => {
  it.each<[string, BudgetCheck, BudgetDecision]>([
    ['nothing approved yet', { budgetFen: 40000000, approvedFen: 0, amountFen: 151900 }, { withinBudget: true, remainingFen: 39848100 }],
    ['exactly the rest of the budget', { budgetFen: 40000000, approvedFen: 39000000, amountFen: 1000000 }, { withinBudget: true, remainingFen: 0 }],
    ['one fen too many', { budgetFen: 40000000, approvedFen: 39000000, amountFen: 1000001 }, { withinBudget: false, remainingFen: 1000000, shortFen: 1 }],
    ['budget already spent', { budgetFen: 40000000, approvedFen: 40000000, amountFen: 4900 }, { withinBudget: false, remainingFen: 0, shortFen: 4900 }],
    // A budget lowered below what was approved: nothing remains, the whole settlement is short.
    ['budget lowered below the approved', { budgetFen: 1000, approvedFen: 5000, amountFen: 4900 }, { withinBudget: false, remainingFen: 0, shortFen: 4900 }],
    ['an empty settlement always fits', { budgetFen: 0, approvedFen: 0, amountFen: 0 }, { withinBudget: true, remainingFen: 0 }],
  ])('%s', (_name, check, expected) => {
    expect(budgetDecision(check)).toEqual(expected);
  });
  it('refuses amounts that are not whole fen', () => {
    expect(() => budgetDecision({ budgetFen: 100, approvedFen: 0, amountFen: 0.5 })).toThrow(RangeError);
  });
});

describe('mayApprove', () => {
  it.each([
    ['clerk-1', 'approver-1', true],
    ['approver-1', 'approver-1', false],
  ])('made by %s, approved by %s -> %s', (maker, approver, expected) => {
    expect(mayApprove(maker, approver)).toBe(expected);
  });
});
