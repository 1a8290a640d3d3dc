import { annualReport } from './annual-report.rule';

describe('annualReport', () => {
  it('is empty for a year without meals', () => {
    expect(annualReport(2024, [], 0)).toEqual({ year: 2024, meals: 0, subsidisedMeals: 0, subsidyFen: 0, dinersServed: 0, byCanteen: [], byTier: [] });
  });

  it('sums by canteen and tier; full-price meals count as meals, not as subsidised', () => {
    const report = annualReport(
      2024,
      [
        { canteenId: 'b', canteenName: '西区', tier: 'AGE_60', subsidised: true, meals: 10, subsidyFen: 2000 },
        { canteenId: 'b', canteenName: '西区', tier: 'AGE_60', subsidised: false, meals: 2, subsidyFen: 0 },
        { canteenId: 'a', canteenName: '东区', tier: 'AGE_80', subsidised: true, meals: 3, subsidyFen: 900 },
        { canteenId: 'b', canteenName: '西区', tier: 'ASSISTANCE', subsidised: true, meals: 1, subsidyFen: 500 },
      ],
      7,
    );
    expect(report).toEqual({
      year: 2024,
      meals: 16,
      subsidisedMeals: 14,
      subsidyFen: 3400,
      dinersServed: 7,
      byCanteen: [
        { canteenId: 'a', canteenName: '东区', meals: 3, subsidisedMeals: 3, subsidyFen: 900, byTier: [{ tier: 'AGE_80', meals: 3, subsidisedMeals: 3, subsidyFen: 900 }] },
        {
          canteenId: 'b',
          canteenName: '西区',
          meals: 13,
          subsidisedMeals: 11,
          subsidyFen: 2500,
          byTier: [
            { tier: 'AGE_60', meals: 12, subsidisedMeals: 10, subsidyFen: 2000 },
            { tier: 'ASSISTANCE', meals: 1, subsidisedMeals: 1, subsidyFen: 500 },
          ],
        },
      ],
      byTier: [
        { tier: 'AGE_60', meals: 12, subsidisedMeals: 10, subsidyFen: 2000 },
        { tier: 'AGE_80', meals: 3, subsidisedMeals: 3, subsidyFen: 900 },
        { tier: 'ASSISTANCE', meals: 1, subsidisedMeals: 1, subsidyFen: 500 },
      ],
    });
  });
});
