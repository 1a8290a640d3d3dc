import { balanceOn, grantRefusal } from './charity-balance.rule';

describe('grantRefusal', () => {
  it.each<[number, number, number | null]>([
    [100000, 50000, null],
    [100000, 100000, null], // the whole balance may go
    [100000, 100001, 100000], // one fen too many
    [0, 1, 0],
  ])('balance %i, grant %i -> refused with balance %p', (balance, amount, refusedAt) => {
    const refusal = grantRefusal(balance, amount);
    expect(refusal === null ? null : refusal.balanceFen).toBe(refusedAt);
    if (refusal) expect(refusal).toMatchObject({ code: 'CHARITY.INSUFFICIENT_BALANCE', field: 'amountFen' });
  });

  it.each([[100, 0], [100, -5], [100, 1.5], [1.5, 1]])('balance %p, grant %p is not a grant', (balance, amount) => {
    expect(() => grantRefusal(balance, amount)).toThrow(RangeError);
  });
});

describe('balanceOn', () => {
  const donations = [{ receivedOn: '2024-01-10', amountFen: 500000 }, { receivedOn: '2024-06-01', amountFen: 230000 }];
  const grants = [{ grantedOn: '2024-03-01', amountFen: 120000 }, { grantedOn: '2024-07-01', amountFen: 610000 }];
  it.each([['2024-01-09', 0], ['2024-01-10', 500000], ['2024-03-01', 380000], ['2024-06-30', 610000], ['2024-12-31', 0]])('on %s -> %i', (day, balance) => {
    expect(balanceOn(day, donations, grants)).toBe(balance);
  });
});
