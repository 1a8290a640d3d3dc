import { maxReliefFen, reliefProblem } from './relief-limit.rule';

describe('maxReliefFen', () => {
  it.each([
    [73500, 3, 220500],
    [643100 / 12, 3, 160775],
    [643100 / 12, 1, 53592],
  ])('standard %d × %d months -> %d', (standard, months, expected) => {
    expect(maxReliefFen(standard, months)).toBe(expected);
  });
});

describe('reliefProblem', () => {
  it.each<[number, number, string | null]>([
    [220500, 220500, null],
    [220501, 220500, 'AMOUNT_ABOVE_LIMIT'],
    [1, 220500, null],
    [0, 220500, 'AMOUNT_NOT_POSITIVE'],
  ])('%d against %d -> %s', (amount, max, expected) => {
    expect(reliefProblem(amount, max)).toBe(expected);
  });
});
