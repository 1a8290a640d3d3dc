import { careLevel, tekunEntitlementFen, tekunMonthlyFen, tekunIneligibility, type CareForm, type CareLevel, type TekunCaseMonths, type TekunFacts } from './tekun.rule';

describe('tekunMonthlyFen', () => {
  // The city's figures (DOMAIN §2): one 城乡 basic standard per care form, plus the care standard of the level.
  const june = { DISPERSED: 94700, CENTRAL: 94700 };
  const july = { DISPERSED: 95600, CENTRAL: 95600 };
  const care = { FULL_SELF_CARE: 10000, PARTIAL_CARE: 30000, FULL_CARE: 60000 };
  it.each<[string, CareForm, CareLevel, Record<CareForm, number>, number]>([
    ['dispersed, June 2024: 947 yuan + partial care', 'DISPERSED', 'PARTIAL_CARE', june, 94700 + 30000],
    ['dispersed, July 2024: 956 yuan + partial care', 'DISPERSED', 'PARTIAL_CARE', july, 95600 + 30000],
    // Corrected: a rural person is paid the one city figure, 956, not 1.3 × the rural 低保 standard (697).
    ['a rural person, July 2024: the same 956 yuan, not 697', 'DISPERSED', 'FULL_SELF_CARE', july, 95600 + 10000],
    ['central care has its own figure', 'CENTRAL', 'FULL_CARE', { DISPERSED: 95600, CENTRAL: 120000 }, 120000 + 60000],
    ['dispersed, full care', 'DISPERSED', 'FULL_CARE', july, 95600 + 60000],
  ])('%s', (_name, careForm, level, basic, expected) => {
    expect(tekunMonthlyFen(careForm, level, basic, care)).toBe(expected);
  });
  it('a care level missing from the table adds nothing', () => {
    expect(tekunMonthlyFen('DISPERSED', 'FULL_CARE', july, { FULL_SELF_CARE: 10000 } as Record<CareLevel, number>)).toBe(95600);
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

describe('tekunEntitlementFen', () => {
  const figures = (month: string) => (month >= '2024-07' ? 95600 + 10000 : 94700 + 10000);
  const open: TekunCaseMonths = { startMonth: '2024-06', stopFromMonth: null, coveredUntil: null };
  it.each<[string, Partial<TekunCaseMonths>, string, number]>([
    ['July after the raise: the new figure', {}, '2024-07', 105600],
    ['June before the raise: the old figure', {}, '2024-06', 104700],
    ['before the start month: nothing', { startMonth: '2024-08' }, '2024-07', 0],
    ['from the stop month on: nothing', { stopFromMonth: '2024-07' }, '2024-07', 0],
    ['the month before the stop: paid', { stopFromMonth: '2024-08' }, '2024-07', 105600],
    ['a minor\'s last covered month: paid', { coveredUntil: '2024-07' }, '2024-07', 105600],
    ['after a minor\'s last covered month: nothing', { coveredUntil: '2024-06' }, '2024-07', 0],
    ['never started: nothing', { startMonth: null }, '2024-07', 0],
  ])('%s', (_name, change, month, expected) => {
    expect(tekunEntitlementFen({ ...open, ...change }, month, figures)).toBe(expected);
  });
});
