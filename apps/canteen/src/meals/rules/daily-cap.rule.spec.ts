import { InvalidDailyCapPolicyError, parseDailyCapPolicy, withinDailyCap } from './daily-cap.rule';

describe('withinDailyCap', () => {
  it.each([
    [0, 2, true],
    [1, 2, true],
    [2, 2, false],
    [3, 2, false],
    [0, 1, true],
    [1, 1, false],
  ])('%i subsidised today, cap %i -> %s', (already, max, fits) => {
    expect(withinDailyCap(already, { maxSubsidisedMealsPerDay: max })).toBe(fits);
  });

  it('has no limit when no cap is in force', () => {
    expect(withinDailyCap(5, null)).toBe(true);
  });

  it.each([[null], [{}], [{ maxSubsidisedMealsPerDay: 0 }], [{ maxSubsidisedMealsPerDay: 1.5 }]])('refuses the policy value %j', (value) => {
    expect(() => parseDailyCapPolicy(value)).toThrow(InvalidDailyCapPolicyError);
  });
});
