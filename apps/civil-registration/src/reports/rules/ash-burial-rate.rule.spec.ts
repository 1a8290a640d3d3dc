import { ashBurialRate } from './ash-burial-rate.rule';

describe('ashBurialRate', () => {
  it.each([
    ['city 2024: every cremation placed', 3668, 3668, 1],
    ['one urn not yet placed', 100, 99, 0.99],
    ['rounding to 4 places', 3, 1, 0.3333],
    ['none placed', 5, 0, 0],
    ['no cremations', 0, 0, null],
  ])('%s', (_label, cremations, placed, expected) => {
    expect(ashBurialRate(cremations, placed)).toBe(expected);
  });

  it.each([
    ['negative', -1, 0],
    ['fractional', 2.5, 1],
    ['more placed than cremated', 1, 2],
  ])('refuses %s figures', (_label, cremations, placed) => {
    expect(() => ashBurialRate(cremations, placed)).toThrow(RangeError);
  });
});
