import { canAccessDivision, canAccessTownship, canAccessVillage, filterWithinScope, overviewScope } from './division-access.rule';

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
    [['admin'], '110105', true], // county admin
    [['approver'], '110105', true],
    [['auditor'], '110100', true], // the city covers its counties
    [['operator'], '110105001', true],
    [['reviewer'], '110105001', true],
    [['approver'], '110106', false], // another county
    [['admin'], '110106001', false],
    [['auditor'], '120000', false], // another province
  ])('%j in %s reading -> %s', (roles, division, allowed) => {
    expect(canAccessVillage({ roles, division }, VILLAGE)).toBe(allowed);
  });

  it.each([
    [['auditor'], '110105', false], // an auditor reads, never writes
    [['approver'], '110105', true],
    [['child-director'], VILLAGE, true],
    [['auditor', 'child-director'], VILLAGE, true],
  ])('%j in %s writing -> %s', (roles, division, allowed) => {
    expect(canAccessVillage({ roles, division }, VILLAGE, 'write')).toBe(allowed);
  });
});

describe('canAccessTownship', () => {
  it.each([
    [['child-supervisor'], '110105001', '110105001', true],
    [['child-supervisor'], '110105001', '110105002', false],
    [['child-director'], '110105001001', '110105001', false],
    [['approver'], '110105', '110105001', true],
    [['auditor'], '110105', '110106001', false],
    [['operator'], '110105001001', '110105001', false], // a village operator does not see the township
  ])('%j in %s reading %s -> %s', (roles, division, township, allowed) => {
    expect(canAccessTownship({ roles, division }, township)).toBe(allowed);
  });
});

describe('overviewScope', () => {
  it.each([
    [['approver'], '110105', '110105'],
    [['auditor'], '110100', '1101'],
    [['child-supervisor'], '110105001', '110105001'],
    [['child-director'], VILLAGE, VILLAGE],
    [['child-director'], '110105001', null],
    [['official'], '110105', null],
  ])('%j in %s -> %s', (roles, division, scope) => {
    expect(overviewScope({ roles, division })).toBe(scope);
  });
});

describe('canAccessDivision', () => {
  it.each([
    [['child-director'], VILLAGE, VILLAGE, 'write', true],
    [['child-director'], VILLAGE, '110105001002', 'read', false], // another village
    [['child-director'], VILLAGE, '110105001', 'read', false], // a director never reaches the township's records
    [['child-supervisor'], '110105001', '110105001', 'write', true],
    [['child-supervisor'], '110105001', VILLAGE, 'write', true], // the township's villages
    [['child-supervisor'], '110105001', '110105002', 'read', false],
    [['approver'], '110105', '110105001', 'write', true],
    [['auditor'], '110105', '110105001', 'read', true],
    [['auditor'], '110105', '110105001', 'write', false],
    [['approver'], '110105', '110106001', 'read', false], // another county
    [['approver'], '110105', '110105', 'write', true], // a county fund
    [['child-supervisor'], '110105001', '110105', 'read', false],
    [['admin'], '110105', '1101050', 'read', false], // neither a village, a township nor a county
  ] as const)('%j in %s on %s (%s) -> %s', (roles, division, code, mode, allowed) => {
    expect(canAccessDivision({ roles: [...roles], division }, code, mode)).toBe(allowed);
  });
});

describe('filterWithinScope', () => {
  it.each([
    ['110105001001', '110105001001', true], // a director's own village
    ['110105001001', '110105001', true], // a director's own township: still only the village
    ['110105001001', '110105001002', false], // another village
    ['110105001001', '110105002', false], // another township
    ['110105001', '110105001002', true], // a supervisor's village
    ['110105001', '110105002001', false],
    ['110105', '110105002', true], // a county covers its townships
    ['110105', '110106001', false],
    ['', '120101001', true], // the whole platform
  ])('scope %s, filter %s -> %s', (scope, code, allowed) => {
    expect(filterWithinScope(scope, code)).toBe(allowed);
  });
});
