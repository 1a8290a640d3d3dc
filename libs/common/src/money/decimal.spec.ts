import { parseExactDecimal, roundHalfAwayFromZero } from './decimal';

describe('parseExactDecimal', () => {
  it.each<[number | string, { units: bigint; scale: number } | null]>([
    ['735.50', { units: 73550n, scale: 2 }],
    ['-0.05', { units: -5n, scale: 2 }],
    [1.3, { units: 13n, scale: 1 }],
    [1e-7, { units: 1n, scale: 7 }],
    ['2e3', { units: 2000n, scale: 0 }],
    ['1.5E+2', { units: 150n, scale: 0 }],
    ['abc', null],
    ['1.', null],
    [NaN, null],
  ])('%p -> %p', (value, expected) => {
    expect(parseExactDecimal(value)).toEqual(expected);
  });
});

describe('roundHalfAwayFromZero', () => {
  it.each<[bigint, number, bigint]>([
    [25n, 1, 3n],
    [24n, 1, 2n],
    [-25n, 1, -3n],
    [-24n, 1, -2n],
    [1790025n, 3, 1790n],
    [7n, 0, 7n],
  ])('%p x 10^-%i -> %p', (units, scale, expected) => {
    expect(roundHalfAwayFromZero({ units, scale })).toBe(expected);
  });
});
