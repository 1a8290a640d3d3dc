import { cremationRate } from './cremation-rate.rule';

describe('cremationRate', () => {
  it.each([
    ['city 2024: 3,715 deaths, 47 Hui burials, all others cremated', 3715, 3668, 47, 1],
    ['one death not cremated', 101, 99, 1, 0.99],
    ['rounding to 4 places', 3, 2, 0, 0.6667],
    ['only exempt burials', 2, 0, 2, null],
    ['no deaths', 0, 0, 0, null],
  ])('%s', (_label, deaths, cremated, exempt, expected) => {
    expect(cremationRate(deaths, cremated, exempt)).toBe(expected);
  });

  it.each([
    ['negative', -1, 0, 0],
    ['more cremated than possible', 10, 10, 1],
  ])('refuses %s figures', (_label, deaths, cremated, exempt) => {
    expect(() => cremationRate(deaths, cremated, exempt)).toThrow(RangeError);
  });
});
