import { InvalidMealSubsidyPolicyError, parseMealSubsidyPolicy, selectMealTier, type MealSubsidyPolicy } from './meal-tier.rule';

// The city's values (DOMAIN §7): 60–79: 2 yuan; 80–89: 3; 90+: 5; 低保/特困: 5.
const city: MealSubsidyPolicy = {
  ageBands: [
    { tier: 'AGE_60', minAge: 60, amountFen: 200 },
    { tier: 'AGE_80', minAge: 80, amountFen: 300 },
    { tier: 'AGE_90', minAge: 90, amountFen: 500 },
  ],
  assistanceAmountFen: 500,
};

describe('selectMealTier', () => {
  it.each([
    // birthDate, mealDate, assisted, tier, amountFen
    ['1964-07-15', '2024-07-14', false, 'NONE', 0], // day before 60th birthday
    ['1964-07-15', '2024-07-15', false, 'AGE_60', 200], // on 60th birthday
    ['1944-07-15', '2024-07-14', false, 'AGE_60', 200], // day before 80th
    ['1944-07-15', '2024-07-15', false, 'AGE_80', 300], // on 80th
    ['1934-07-15', '2024-07-14', false, 'AGE_80', 300], // day before 90th
    ['1934-07-15', '2024-07-15', false, 'AGE_90', 500], // on 90th
    ['1920-01-01', '2024-07-15', false, 'AGE_90', 500], // 104
    ['1964-02-29', '2024-02-28', false, 'NONE', 0], // leap-day birthday, day before
    ['1964-02-29', '2024-02-29', false, 'AGE_60', 200],
    ['1980-03-01', '2024-07-15', true, 'NONE', 0], // 低保 at 44: no subsidy under 60
    ['1964-07-15', '2024-07-14', true, 'NONE', 0], // 低保, day before 60
    ['1964-02-29', '2024-02-28', true, 'NONE', 0], // 低保, leap-day birthday, day before 60
    ['1964-07-15', '2024-07-15', true, 'ASSISTANCE', 500], // 低保 beats 60-79
    ['1944-07-15', '2024-07-15', true, 'ASSISTANCE', 500], // 特困 beats 80-89
    ['1934-07-15', '2024-07-15', true, 'AGE_90', 500], // tie: same amount, age label
  ])('born %s, meal on %s, assisted %s -> %s %i fen', (birthDate, mealDate, assisted, tier, amountFen) => {
    const reason = amountFen === 0 ? { fullPriceReason: 'NOT_ELIGIBLE' } : {};
    expect(selectMealTier({ birthDate, mealDate, assisted, localRegistration: true }, city)).toEqual({ tier, amountFen, ...reason });
  });

  it.each([
    ['1934-07-15', false],
    ['1964-07-15', true],
  ])('gives no tier to a diner born %s (assisted %s) without local registration', (birthDate, assisted) => {
    expect(selectMealTier({ birthDate, mealDate: '2024-07-15', assisted, localRegistration: false }, city)).toEqual({
      tier: 'NONE',
      amountFen: 0,
      fullPriceReason: 'NOT_LOCAL_REGISTRATION',
    });
    expect(selectMealTier({ birthDate, mealDate: '2024-07-15', assisted, localRegistration: true }, city).amountFen).toBe(500);
  });

  it.each([
    ['1934-07-15', false],
    ['1964-07-15', true],
  ])('gives no tier to a diner born %s (assisted %s) whose local registration is not yet confirmed', (birthDate, assisted) => {
    expect(selectMealTier({ birthDate, mealDate: '2024-07-15', assisted, localRegistration: null }, city)).toEqual({
      tier: 'NONE',
      amountFen: 0,
      fullPriceReason: 'LOCAL_REGISTRATION_UNCONFIRMED',
    });
  });

  it('takes the amounts from the policy, not from code', () => {
    const richer = { ...city, assistanceAmountFen: 800 };
    expect(selectMealTier({ birthDate: '1934-07-15', mealDate: '2024-07-15', assisted: true, localRegistration: true }, richer)).toEqual({ tier: 'ASSISTANCE', amountFen: 800 });
  });

  it('gives nothing when the policy has no age bands, even to an assisted person', () => {
    expect(selectMealTier({ birthDate: '1934-07-15', mealDate: '2024-07-15', assisted: true, localRegistration: true }, { ageBands: [], assistanceAmountFen: 500 })).toEqual({
      tier: 'NONE',
      amountFen: 0,
      fullPriceReason: 'NOT_ELIGIBLE',
    });
  });
});

describe('parseMealSubsidyPolicy', () => {
  it('accepts the city value', () => {
    expect(parseMealSubsidyPolicy(JSON.parse(JSON.stringify(city)))).toEqual(city);
  });

  it.each([
    ['null', null],
    ['no assistance amount', { ageBands: [] }],
    ['yuan instead of fen', { ageBands: [{ tier: 'AGE_60', minAge: 60, amountFen: 2.5 }], assistanceAmountFen: 500 }],
    ['negative age', { ageBands: [{ tier: 'AGE_60', minAge: -1, amountFen: 200 }], assistanceAmountFen: 500 }],
    ['band without tier', { ageBands: [{ minAge: 60, amountFen: 200 }], assistanceAmountFen: 500 }],
  ])('refuses %s', (_what, value) => {
    expect(() => parseMealSubsidyPolicy(value)).toThrow(InvalidMealSubsidyPolicyError);
  });
});
