import { monitoringRefusal } from './borderline.rule';

describe('monitoringRefusal', () => {
  const standard = 73500;
  const facts = (incomes: number[], financialAssetsFen = 0) => ({
    members: incomes.map((monthlyIncomeFen) => ({ monthlyIncomeFen, categories: [] })),
    financialAssetsFen,
    standard,
    assetLimitMonths: 24,
    borderlineFactor: 1.5,
  });

  it.each([
    ['BORDERLINE: per-capita income at the standard', 'BORDERLINE', facts([73500, 73500]), null],
    ['BORDERLINE: just below 1.5 × standard', 'BORDERLINE', facts([110249]), null],
    ['BORDERLINE: at 1.5 × standard is above the line', 'BORDERLINE', facts([110250]), 'INCOME_NOT_BELOW_BORDERLINE'],
    ['BORDERLINE: below the standard belongs in 低保', 'BORDERLINE', facts([73499]), 'ELIGIBLE_FOR_DIBAO'],
    ['BORDERLINE: assets above the limit', 'BORDERLINE', facts([90000], 24 * standard + 1), 'ASSETS_ABOVE_LIMIT'],
    ['BORDERLINE: assets at the limit', 'BORDERLINE', facts([90000], 24 * standard), null],
    ['BORDERLINE: nobody living', 'BORDERLINE', facts([]), 'NO_MEMBERS'],
    ['LOW_INCOME: the caseworker’s judgement', 'LOW_INCOME', facts([200000]), null],
    ['LOW_INCOME: nobody living', 'LOW_INCOME', facts([]), 'NO_MEMBERS'],
  ] as const)('%s', (_label, category, f, expected) => {
    expect(monitoringRefusal(category, f)).toBe(expected);
  });
});
