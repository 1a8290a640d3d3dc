import { mayApprove, settlementTotals } from './settlement.rule';

describe('settlementTotals', () => {
  it('sums price, subsidy and co-payment in fen', () => {
    expect(
      settlementTotals([
        { priceFen: 3000, subsidyFen: 2000 },
        { priceFen: 5050, subsidyFen: 4000 },
        { priceFen: 1000, subsidyFen: 1000 },
      ]),
    ).toEqual({ orders: 3, priceFen: 9050, subsidyFen: 7000, copayFen: 2050 });
  });

  it('is all zero for no orders', () => {
    expect(settlementTotals([])).toEqual({ orders: 0, priceFen: 0, subsidyFen: 0, copayFen: 0 });
  });
});

describe('mayApprove', () => {
  it.each([
    ['operator-1', 'approver-1', true],
    ['approver-1', 'approver-1', false],
  ])('made by %s, approved by %s -> %s', (maker, approver, ok) => {
    expect(mayApprove(maker, approver)).toBe(ok);
  });
});
