import { addOnFor, dibaoBenefitFen, dibaoIneligibility, monthlyStandard, type AddOnTable, type MemberFacts } from './dibao-benefit.rule';

const URBAN_2024_06 = monthlyStandard('URBAN', 72800);
const URBAN_2024_07 = monthlyStandard('URBAN', 73500);
const RURAL_2024_07 = monthlyStandard('RURAL', 643100);
const TEN_PERCENT: AddOnTable = { ELDERLY: { percent: 10 }, SEVERELY_DISABLED: { percent: 15 }, MINOR: { fixedFen: 5000 }, SERIOUSLY_ILL: { fixedFen: 9000 } };

const m = (monthlyIncomeFen: number, ...categories: string[]): MemberFacts => ({ monthlyIncomeFen, categories });

describe('monthlyStandard', () => {
  it.each([
    ['URBAN', 73500, 73500],
    ['RURAL', 643100, 643100 / 12],
    ['RURAL', 618800, 618800 / 12],
  ] as const)('%s %d -> %d (unrounded)', (area, value, expected) => {
    expect(monthlyStandard(area, value)).toBe(expected);
  });
});

describe('dibaoBenefitFen', () => {
  it.each<[string, MemberFacts[], number, AddOnTable, number]>([
    ['urban 2 members, no add-on', [m(30000), m(20000)], URBAN_2024_07, {}, 97000],
    ['urban before the raise', [m(30000), m(20000)], URBAN_2024_06, {}, 95600],
    ['urban elderly +10% of the standard', [m(30000, 'ELDERLY'), m(20000)], URBAN_2024_07, TEN_PERCENT, 97000 + 7350],
    ['highest add-on applies (15% over 10%)', [m(0, 'ELDERLY', 'SEVERELY_DISABLED')], URBAN_2024_07, TEN_PERCENT, 73500 + 11025],
    ['percentage beats a lower fixed amount', [m(0, 'ELDERLY', 'MINOR')], URBAN_2024_07, TEN_PERCENT, 73500 + 7350],
    ['fixed beats a lower percentage', [m(0, 'ELDERLY', 'SERIOUSLY_ILL')], URBAN_2024_07, TEN_PERCENT, 73500 + 9000],
    ['add-ons add up over members', [m(0, 'ELDERLY'), m(0, 'MINOR')], URBAN_2024_07, TEN_PERCENT, 147000 + 7350 + 5000],
    ['unknown category adds nothing', [m(10000, 'ASTRONAUT')], URBAN_2024_07, TEN_PERCENT, 63500],
    ['rural 3 members exact', [m(20000), m(20000), m(20000)], RURAL_2024_07, {}, 100775],
    ['rural 1 member rounds half-up at the end (53591.67)', [m(0)], RURAL_2024_07, {}, 53592],
    ['rural elderly add-on kept unrounded until the end (58950.83)', [m(0, 'ELDERLY')], RURAL_2024_07, TEN_PERCENT, 58951],
    ['a true half rounds up', [m(0)], 100.5, {}, 101],
    ['just below a half rounds down', [m(0)], 100.49, {}, 100],
    ['per-capita income equal to the standard pays nothing', [m(73500)], URBAN_2024_07, TEN_PERCENT, 0],
    ['no members pays nothing', [], URBAN_2024_07, {}, 0],
  ])('%s', (_name, members, standard, addOns, expected) => {
    expect(dibaoBenefitFen(members, standard, addOns)).toBe(expected);
  });

  it('pays 3 months × 7 yuan × members more after the July 2024 raise (arrears of a household paid at 728)', () => {
    const household = [m(10000), m(0), m(5000)];
    const arrears = 3 * (dibaoBenefitFen(household, URBAN_2024_07, {}) - dibaoBenefitFen(household, URBAN_2024_06, {}));
    expect(arrears).toBe(3 * 700 * 3);
  });
});

describe('addOnFor', () => {
  it.each<[MemberFacts, number]>([
    [m(0), 0],
    [m(0, 'ELDERLY'), 7350],
    [m(0, 'SEVERELY_DISABLED', 'ELDERLY'), 11025],
  ])('%j -> %d', (member, expected) => {
    expect(addOnFor(member, URBAN_2024_07, TEN_PERCENT)).toBe(expected);
  });
});

describe('dibaoIneligibility', () => {
  const base = { financialAssetsFen: 0, standard: URBAN_2024_07, assetLimitMonths: 24 };
  it.each<[string, MemberFacts[], number, number, string | null]>([
    ['income one fen below the standard is eligible', [m(73499)], URBAN_2024_07, 0, null],
    ['income equal to the standard is not eligible', [m(73500)], URBAN_2024_07, 0, 'INCOME_NOT_BELOW_STANDARD'],
    ['per-capita, not total, income counts', [m(100000), m(0)], URBAN_2024_07, 0, null],
    ['equal to the old standard is eligible under the new one', [m(72800)], URBAN_2024_07, 0, null],
    ['equal to the old standard is not eligible under the old one', [m(72800)], URBAN_2024_06, 0, 'INCOME_NOT_BELOW_STANDARD'],
    ['rural: 53591 is below 643100/12', [m(53591)], RURAL_2024_07, 0, null],
    ['rural: 53592 is above 643100/12', [m(53592)], RURAL_2024_07, 0, 'INCOME_NOT_BELOW_STANDARD'],
    ['assets exactly at 24 months per person are allowed', [m(0), m(0)], URBAN_2024_07, 2 * 24 * 73500, null],
    ['assets one fen above the limit are not', [m(0), m(0)], URBAN_2024_07, 2 * 24 * 73500 + 1, 'ASSETS_ABOVE_LIMIT'],
    ['no members', [], URBAN_2024_07, 0, 'NO_MEMBERS'],
  ])('%s', (_name, members, standard, assets, expected) => {
    expect(dibaoIneligibility({ ...base, members, standard, financialAssetsFen: assets })).toBe(expected);
  });
});
