import { removesLastAdmin, unknownRoles } from './user-changes.rule';

describe('unknownRoles', () => {
  const assignable = ['operator', 'reviewer', 'admin'];
  it.each([
    [['operator'], []],
    [['operator', 'admin'], []],
    [[], []],
    [['root', 'operator', 'Operator'], ['root', 'Operator']],
  ])('%j -> %j', (roles, unknown) => {
    expect(unknownRoles(roles, assignable)).toEqual(unknown);
  });
});

describe('removesLastAdmin', () => {
  const admin = { roles: ['admin'], disabled: false };
  const operator = { roles: ['operator'], disabled: false };
  it.each([
    ['disabling the only admin', admin, { ...admin, disabled: true }, 0, true],
    ['taking the role from the only admin', admin, operator, 0, true],
    ['disabling one of two admins', admin, { ...admin, disabled: true }, 1, false],
    ['renaming the only admin', admin, admin, 0, false],
    ['changing an operator', operator, { ...operator, disabled: true }, 0, false],
    ['an already disabled admin', { ...admin, disabled: true }, { ...operator, disabled: true }, 0, false],
    ['making someone admin', operator, admin, 0, false],
  ])('%s -> %p', (_what, before, after, others, expected) => {
    expect(removesLastAdmin(before, after, others, 'admin')).toBe(expected);
  });
});
