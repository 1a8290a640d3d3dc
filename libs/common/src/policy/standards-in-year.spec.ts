import { z } from 'zod';
import { definePolicyCatalogue, policyValues } from './policy-catalogue';
import { periodsInYear, standardInYear } from './standards-in-year';
import { PolicyValueError, type PolicyRow } from './value-in-force';

const URBAN = 'x.dibao.urban-fen-per-month';
const TIERS = 'x.high-age.tiers';
const CATALOGUE = definePolicyCatalogue('x', {
  [URBAN]: { schema: policyValues.fen },
  [TIERS]: { schema: z.object({ tiers: z.array(z.object({ tier: z.string(), monthlyAmountFen: policyValues.fen })) }) },
});

const row = (key: string, value: unknown, effectiveFrom: string, effectiveTo: string | null = null): PolicyRow => ({ key, value, effectiveFrom, effectiveTo });

// The city's urban 低保 standard (DOMAIN §1): 728 until 2024-06-30, 735 from 2024-07-01; stored newest first on purpose.
const URBAN_ROWS = [row(URBAN, 73500, '2024-07-01'), row(URBAN, 72800, '2023-07-01', '2024-06-30'), row(URBAN, 70000, '2022-07-01', '2023-06-30')];

describe('PolicyPeriods.during', () => {
  const urban = CATALOGUE.periods(URBAN, URBAN_ROWS);

  it.each<[string, string, number[]]>([
    ['2024-01-01', '2024-12-31', [72800, 73500]],
    ['2023-01-01', '2023-12-31', [70000, 72800]],
    ['2024-06-30', '2024-06-30', [72800]],
    ['2024-07-01', '2024-07-01', [73500]],
    ['2021-01-01', '2021-12-31', []],
    ['2030-01-01', '2030-12-31', [73500]],
  ])('from %s to %s: the periods in force on at least one day, oldest first: %j', (first, last, values) => {
    expect(urban.during(first, last).map((r) => r.value)).toEqual(values);
  });

  it('keeps the effective dates as set, not cut to the window', () => {
    expect(urban.during('2024-01-01', '2024-12-31')).toEqual([
      { key: URBAN, value: 72800, effectiveFrom: '2023-07-01', effectiveTo: '2024-06-30' },
      { key: URBAN, value: 73500, effectiveFrom: '2024-07-01', effectiveTo: null },
    ]);
  });

  it('refuses a malformed or reversed window, and a stored value that does not fit its schema', () => {
    expect(() => urban.during('2024-1-1', '2024-12-31')).toThrow(RangeError);
    expect(() => urban.during('2024-12-31', '2024-01-01')).toThrow(/before effectiveFrom/);
    expect(() => CATALOGUE.periods(URBAN, [row(URBAN, 'seven', '2024-01-01')]).during('2024-01-01', '2024-12-31')).toThrow(PolicyValueError);
  });
});

describe('standards in force during a year', () => {
  it('gives a standard with the amount of each period of the year and its dates', () => {
    expect(standardInYear('DIBAO_URBAN', 'FEN_PER_MONTH', CATALOGUE.periods(URBAN, URBAN_ROWS), 2024)).toEqual({
      standard: 'DIBAO_URBAN',
      unit: 'FEN_PER_MONTH',
      periods: [
        { effectiveFrom: '2023-07-01', effectiveTo: '2024-06-30', amountFen: 72800 },
        { effectiveFrom: '2024-07-01', effectiveTo: null, amountFen: 73500 },
      ],
    });
    expect(standardInYear('DIBAO_URBAN', 'FEN_PER_MONTH', CATALOGUE.periods(URBAN, []), 2024).periods).toEqual([]);
  });

  it('reads an amount out of a structured value, leaving out a period without one', () => {
    const tiers = CATALOGUE.periods(TIERS, [
      row(TIERS, { tiers: [{ tier: 'AGE_80_99', monthlyAmountFen: 5000 }] }, '2020-01-01', '2024-03-31'),
      row(TIERS, { tiers: [{ tier: 'AGE_80_99', monthlyAmountFen: 6000 }, { tier: 'AGE_100_PLUS', monthlyAmountFen: 100000 }] }, '2024-04-01'),
    ]);
    const amountOf = (tier: string) => (value: { tiers: Array<{ tier: string; monthlyAmountFen: number }> }) => value.tiers.find((t) => t.tier === tier)?.monthlyAmountFen;
    expect(periodsInYear(tiers, 2024, amountOf('AGE_80_99')).map((p) => [p.effectiveFrom, p.amountFen])).toEqual([
      ['2020-01-01', 5000],
      ['2024-04-01', 6000],
    ]);
    expect(periodsInYear(tiers, 2024, amountOf('AGE_100_PLUS'))).toEqual([{ effectiveFrom: '2024-04-01', effectiveTo: null, amountFen: 100000 }]);
  });
});
