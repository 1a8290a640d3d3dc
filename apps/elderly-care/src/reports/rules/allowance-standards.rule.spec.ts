import type { PolicyRow } from '@app/common/policy/value-in-force';
import { HIGH_AGE_TIERS_POLICY_KEY } from '../../allowances/rules/high-age-allowance.rule';
import { SERVICE_SUBSIDY_AMOUNT_POLICY_KEY } from '../../service-subsidy/rules/service-subsidy.rule';
import { ELDERLY_CARE_POLICIES } from '../../policy-catalogue';
import { allowanceStandards } from './allowance-standards.rule';

const row = (key: string, value: unknown, effectiveFrom: string, effectiveTo: string | null = null): PolicyRow => ({ key, value, effectiveFrom, effectiveTo });
const table = (...tiers: Array<[string, number, number]>) => ({ tiers: tiers.map(([tier, minAge, monthlyAmountFen]) => ({ tier, minAge, monthlyAmountFen })) });
const tiers = (...rows: PolicyRow[]) => ELDERLY_CARE_POLICIES.periods(HIGH_AGE_TIERS_POLICY_KEY, rows);
const subsidy = (...rows: PolicyRow[]) => ELDERLY_CARE_POLICIES.periods(SERVICE_SUBSIDY_AMOUNT_POLICY_KEY, rows);

describe('allowanceStandards', () => {
  it('gives the city\'s tiers (50 yuan at 80–99, 1,000 at 100+) and the service subsidy, in force all year', () => {
    // Stored oldest tier last, to show the order is by age.
    const city = tiers(row(HIGH_AGE_TIERS_POLICY_KEY, table(['AGE_100_PLUS', 100, 100000], ['AGE_80_99', 80, 5000]), '2020-01-01'));
    expect(allowanceStandards(city, subsidy(row(SERVICE_SUBSIDY_AMOUNT_POLICY_KEY, 5000, '2020-01-01')), 2024)).toEqual([
      { standard: 'HIGH_AGE_ALLOWANCE', tier: 'AGE_80_99', unit: 'FEN_PER_MONTH', periods: [{ effectiveFrom: '2020-01-01', effectiveTo: null, amountFen: 5000 }] },
      { standard: 'HIGH_AGE_ALLOWANCE', tier: 'AGE_100_PLUS', unit: 'FEN_PER_MONTH', periods: [{ effectiveFrom: '2020-01-01', effectiveTo: null, amountFen: 100000 }] },
      { standard: 'SERVICE_SUBSIDY', unit: 'FEN_PER_MONTH', periods: [{ effectiveFrom: '2020-01-01', effectiveTo: null, amountFen: 5000 }] },
    ]);
  });

  it('lists a raise within the year as two periods, and a tier added mid-year from its first day', () => {
    const raised = tiers(
      row(HIGH_AGE_TIERS_POLICY_KEY, table(['AGE_80_99', 80, 5000], ['AGE_100_PLUS', 100, 100000]), '2020-01-01', '2024-06-30'),
      row(HIGH_AGE_TIERS_POLICY_KEY, table(['AGE_80_89', 80, 6000], ['AGE_90_99', 90, 8000], ['AGE_100_PLUS', 100, 110000]), '2024-07-01'),
    );
    const standards = allowanceStandards(raised, subsidy(), 2024);
    expect(standards.map((s) => [s.tier ?? s.standard, s.periods.map((p) => [p.effectiveFrom, p.amountFen])])).toEqual([
      ['AGE_80_99', [['2020-01-01', 5000]]],
      ['AGE_100_PLUS', [['2020-01-01', 100000], ['2024-07-01', 110000]]],
      ['AGE_80_89', [['2024-07-01', 6000]]],
      ['AGE_90_99', [['2024-07-01', 8000]]],
      ['SERVICE_SUBSIDY', []],
    ]);
    // The year before the raise knows only the old tiers.
    expect(allowanceStandards(raised, subsidy(), 2023).map((s) => s.tier ?? s.standard)).toEqual(['AGE_80_99', 'AGE_100_PLUS', 'SERVICE_SUBSIDY']);
  });
});
