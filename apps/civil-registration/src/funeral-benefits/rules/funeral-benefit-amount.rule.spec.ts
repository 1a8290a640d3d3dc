import { enrolledAt, funeralBenefitAmount } from './funeral-benefit-amount.rule';

describe('funeralBenefitAmount', () => {
  const policy2024 = { basicFen: 100_000, dibaoTekunExtraFen: 100_000 };
  const policy2025 = { basicFen: 120_000, dibaoTekunExtraFen: 80_000 };

  it.each([
    ['basic, 2024 figures', false, policy2024, { basis: 'BASIC', amountFen: 100_000 }],
    ['低保/特困, 2024 figures', true, policy2024, { basis: 'DIBAO_TEKUN', amountFen: 200_000 }],
    ['basic, 2025 figures', false, policy2025, { basis: 'BASIC', amountFen: 120_000 }],
    ['低保/特困, 2025 figures', true, policy2025, { basis: 'DIBAO_TEKUN', amountFen: 200_000 }],
    ['no supplement configured', true, { basicFen: 100_000, dibaoTekunExtraFen: 0 }, { basis: 'DIBAO_TEKUN', amountFen: 100_000 }],
  ])('%s', (_label, enrolled, policy, expected) => {
    expect(funeralBenefitAmount(enrolled, policy)).toEqual(expected);
  });

  it.each([
    ['fractional fen', { basicFen: 100.5, dibaoTekunExtraFen: 0 }],
    ['negative supplement', { basicFen: 100_000, dibaoTekunExtraFen: -1 }],
  ])('refuses a policy value that is not whole non-negative fen: %s', (_label, policy) => {
    expect(() => funeralBenefitAmount(false, policy)).toThrow(RangeError);
  });
});

describe('enrolledAt (status as of the date of death)', () => {
  it.each([
    ['no enrollment', [], '2024-07-15', false],
    ['open since before', [{ fromMonth: '2024-01', stopFromMonth: null }], '2024-07-15', true],
    ['starts in the death month', [{ fromMonth: '2024-07', stopFromMonth: null }], '2024-07-01', true],
    ['starts the month after the death', [{ fromMonth: '2024-08', stopFromMonth: null }], '2024-07-31', false],
    ['stopped from the month after the death (stop caused by it)', [{ fromMonth: '2024-01', stopFromMonth: '2024-08' }], '2024-07-31', true],
    ['stopped from the death month', [{ fromMonth: '2024-01', stopFromMonth: '2024-07' }], '2024-07-15', false],
    ['only the stop is known', [{ fromMonth: null, stopFromMonth: '2024-08' }], '2024-07-15', false],
    ['an old stopped one and a current one', [{ fromMonth: '2020-01', stopFromMonth: '2021-01' }, { fromMonth: '2024-03', stopFromMonth: null }], '2024-07-15', true],
  ])('%s', (_label, periods, dateOfDeath, expected) => {
    expect(enrolledAt(periods, dateOfDeath)).toBe(expected);
  });
});
