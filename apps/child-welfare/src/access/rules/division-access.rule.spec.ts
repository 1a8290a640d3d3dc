import { canAccessTownship, canAccessVillage } from './division-access.rule';

const VILLAGE = '110105001001';

describe('canAccessVillage', () => {
  it.each([
    [['child-director'], VILLAGE, true],
    [['child-director'], '110105001002', false], // another village
    [['child-director'], '110105001', false], // a director's token must name a village
    [['child-supervisor'], '110105001', true],
    [['child-supervisor'], '110105002', false], // another township
    [['child-supervisor'], VILLAGE, false], // a supervisor's token must name a township
    [['official'], '110105001', false],
    [['admin'], '110105', false],
  ])('%j in %s -> %s', (roles, division, allowed) => {
    expect(canAccessVillage({ roles, division }, VILLAGE)).toBe(allowed);
  });
});

describe('canAccessTownship', () => {
  it.each([
    [['child-supervisor'], '110105001', '110105001', true],
    [['child-supervisor'], '110105001', '110105002', false],
    [['child-director'], '110105001001', '110105001', false],
  ])('%j in %s reading %s -> %s', (roles, division, township, allowed) => {
    expect(canAccessTownship({ roles, division }, township)).toBe(allowed);
  });
});
