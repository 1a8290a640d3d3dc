import { checkOutProblem, copayFen, nextStatus, type OrderAction, type OrderStatus } from './order-lifecycle.rule';

describe('nextStatus', () => {
  it.each<[OrderStatus, OrderAction, OrderStatus | null]>([
    ['ORDERED', 'assign', 'ASSIGNED'],
    ['ASSIGNED', 'assign', 'ASSIGNED'],
    ['ASSIGNED', 'check-in', 'CHECKED_IN'],
    ['CHECKED_IN', 'check-out', 'CHECKED_OUT'],
    ['CHECKED_OUT', 'confirm', 'CONFIRMED'],
    ['CONFIRMED', 'settle', 'SETTLED'],
    ['ORDERED', 'cancel', 'CANCELLED'],
    ['CHECKED_IN', 'cancel', 'CANCELLED'],
    // refused
    ['ORDERED', 'check-in', null],
    ['ORDERED', 'check-out', null],
    ['ASSIGNED', 'confirm', null],
    ['CHECKED_IN', 'assign', null],
    ['CHECKED_OUT', 'cancel', null],
    ['CHECKED_OUT', 'settle', null],
    ['CONFIRMED', 'cancel', null],
    ['SETTLED', 'confirm', null],
    ['CANCELLED', 'assign', null],
  ])('%s --%s--> %s', (from, action, to) => {
    expect(nextStatus(from, action)).toBe(to);
  });
});

describe('checkOutProblem', () => {
  const inAt = new Date('2024-06-15T01:00:00Z');
  it.each<[string, number, string | null]>([
    ['2024-06-15T01:30:00Z', 30, null],
    ['2024-06-15T01:29:59Z', 30, 'TOO_SHORT'],
    ['2024-06-15T01:00:00Z', 30, 'TOO_SHORT'],
    ['2024-06-15T01:00:00Z', 0, null],
    ['2024-06-15T00:59:59Z', 0, 'BEFORE_CHECK_IN'],
    ['2024-06-15T03:00:00Z', 60, null],
  ])('out at %s with minimum %i min -> %s', (out, min, problem) => {
    expect(checkOutProblem(inAt, new Date(out), min)).toBe(problem);
  });
});

describe('copayFen', () => {
  it.each([
    [3000, 2000, 1000],
    [3000, 3000, 0],
    [3000, 0, 3000],
  ])('price %i, subsidy %i -> %i', (price, subsidy, copay) => {
    expect(copayFen(price, subsidy)).toBe(copay);
  });
});
