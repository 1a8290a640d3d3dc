import { isEarner } from './earner.rule';

describe('isEarner', () => {
  const workingAge = { fromAge: 18, toAge: 59 };
  it.each([
    ['a member with a declared income, whatever the age', '11010519491231002X', 50000, true],
    ['a 40-year-old without income (working age)', '110105198401010015', 0, true],
    ['on the 18th birthday', '110105200608150015', 0, true],
    ['the day before the 18th birthday', '110105200608160010', 0, false],
    ['aged 59', '110105196412310014', 0, true],
    ['aged 60 without income', '110105196408150011', 0, false],
    ['a date before the birth (a data error) makes no earner', '110105202408160015', 0, false],
  ])('%s', (_label, residentId, monthlyIncomeFen, expected) => {
    expect(isEarner({ residentId, monthlyIncomeFen }, '2024-08-15', workingAge)).toBe(expected);
  });
});
