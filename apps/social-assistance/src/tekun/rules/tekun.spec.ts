import { careLevel, tekunBasicStandardFen, tekunIneligibility, type CareLevel, type TekunFacts } from './tekun';

describe('tekunBasicStandardFen', () => {
  it.each([
    [72800, 130, 94700],
    [73500, 130, 95600],
    [70000, 130, 91000],
    [70001, 130, 91100],
    [643100 / 12, 130, 69700],
  ])('低保 %d fen × %d%% -> %d fen (ceil to the yuan)', (dibao, percent, expected) => {
    expect(tekunBasicStandardFen(dibao, percent)).toBe(expected);
  });
});

describe('careLevel', () => {
  it.each<[number, CareLevel]>([
    [0, 'FULL_SELF_CARE'],
    [1, 'PARTIAL_CARE'],
    [3, 'PARTIAL_CARE'],
    [4, 'FULL_CARE'],
    [6, 'FULL_CARE'],
  ])('%d unable -> %s', (n, level) => {
    expect(careLevel(n)).toBe(level);
  });
  it.each([-1, 7, 1.5])('refuses %d', (n) => {
    expect(() => careLevel(n)).toThrow(RangeError);
  });
});

describe('tekunIneligibility', () => {
  const limits = { elderlyFrom: 60, minorUnder: 16 };
  const base: TekunFacts = { age: 70, severelyDisabled: false, monthlyIncomeFen: 0, dibaoStandard: 73500, assetsWithinLimit: true, hasAbleSupporter: false };
  it.each<[string, Partial<TekunFacts>, string | null]>([
    ['elderly 60', { age: 60 }, null],
    ['59 not covered', { age: 59 }, 'NOT_IN_COVERED_GROUP'],
    ['15 covered', { age: 15 }, null],
    ['16 not covered', { age: 16 }, 'NOT_IN_COVERED_GROUP'],
    ['severely disabled at 40', { age: 40, severelyDisabled: true }, null],
    ['income equal to the 低保 standard', { monthlyIncomeFen: 73500 }, 'INCOME_NOT_BELOW_STANDARD'],
    ['assets above limit', { assetsWithinLimit: false }, 'ASSETS_ABOVE_LIMIT'],
    ['a supporter able to support', { hasAbleSupporter: true }, 'HAS_ABLE_SUPPORTER'],
    ['an orphan already paid the child allowance', { age: 10, receivesOrphanAllowance: true }, 'COVERED_AS_ORPHAN'],
    ['an orphan without the allowance', { age: 10, receivesOrphanAllowance: false }, null],
  ])('%s', (_name, change, expected) => {
    expect(tekunIneligibility({ ...base, ...change }, limits)).toBe(expected);
  });
});
