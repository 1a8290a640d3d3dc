import { placeNameRegionProblem, regionLevel } from './place-name-region.rule';

describe('regionLevel', () => {
  it.each([
    ['110105', 'COUNTY'],
    ['110105001', 'TOWNSHIP'],
    ['110105001201', 'VILLAGE'],
    ['11010', null],
    ['1101050011', null],
    ['11010500120X', null],
  ])('%s -> %s', (code, expected) => {
    expect(regionLevel(code)).toBe(expected);
  });
});

describe('placeNameRegionProblem', () => {
  it.each([
    ['NAMING', '110105', null],
    ['NAMING', '110105001201', null],
    ['RURAL_COLLECTION', '110105', 'PLACE_NAME.REGION_TOO_COARSE'],
    ['RURAL_COLLECTION', '110105001', null],
    ['RURAL_COLLECTION', '110105001201', null],
    ['NAMING', '1101', 'PLACE_NAME.INVALID_REGION'],
  ] as const)('%s in %s -> %s', (kind, code, expected) => {
    expect(placeNameRegionProblem(kind, code)).toBe(expected);
  });
});
