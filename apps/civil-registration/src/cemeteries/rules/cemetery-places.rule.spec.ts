import { newPlacesProblem, offersPlaceKind } from './cemetery-places.rule';

describe('offersPlaceKind', () => {
  it.each([
    ['urban cemetery, plot', 'URBAN_PUBLIC_WELFARE_CEMETERY', 'PLOT', true],
    ['urban cemetery, niche', 'URBAN_PUBLIC_WELFARE_CEMETERY', 'NICHE', true],
    ['rural cemetery, plot', 'RURAL_PUBLIC_WELFARE_CEMETERY', 'PLOT', true],
    ['ash hall, niche', 'RURAL_ASH_HALL', 'NICHE', true],
    ['ash hall, plot', 'RURAL_ASH_HALL', 'PLOT', false],
  ] as const)('%s', (_label, cemetery, place, expected) => {
    expect(offersPlaceKind(cemetery, place)).toBe(expected);
  });
});

describe('newPlacesProblem', () => {
  it.each([
    ['room for all', 'RURAL_PUBLIC_WELFARE_CEMETERY', 'PLOT', 100, 90, 10, null],
    ['one too many', 'RURAL_PUBLIC_WELFARE_CEMETERY', 'PLOT', 100, 90, 11, 'CEMETERY.CAPACITY_EXCEEDED'],
    ['no places of the kind planned', 'URBAN_PUBLIC_WELFARE_CEMETERY', 'NICHE', 0, 0, 1, 'CEMETERY.CAPACITY_EXCEEDED'],
    ['plots in an ash hall', 'RURAL_ASH_HALL', 'PLOT', 100, 0, 1, 'CEMETERY.PLACE_KIND_NOT_OFFERED'],
    ['niches in an ash hall', 'RURAL_ASH_HALL', 'NICHE', 600, 0, 600, null],
  ] as const)('%s', (_label, cemetery, place, capacity, recorded, adding, expected) => {
    expect(newPlacesProblem(cemetery, place, { capacity, recorded }, adding)).toBe(expected);
  });
});
