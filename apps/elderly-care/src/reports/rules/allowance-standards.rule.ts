// The allowance standards in force during the year, with their effective dates, for the annual
// report: the high-age allowance per tier (the summary's 50 yuan at 80–99, 1,000 at 100+) and the
// service subsidy, from the service's dated policy parameters. Pure: the periods are read by the caller.
import type { PolicyPeriods } from '@app/common/policy/policy-periods';
import { periodsInYear, standardInYear, type StandardInYear } from '@app/common/policy/standards-in-year';
import type { HighAgeTiersPolicy } from '../../allowances/rules/high-age-allowance.rule';

/** One standard per tier named in any period of the year, in the order they first appear (by age within a table). */
export function allowanceStandards(tiers: PolicyPeriods<HighAgeTiersPolicy>, serviceSubsidy: PolicyPeriods<number>, year: number): StandardInYear[] {
  const names = [...new Set(tiers.during(`${year}-01-01`, `${year}-12-31`).flatMap((period) => period.value.tiers.map((t) => t.tier)))];
  return [
    ...names.map((tier): StandardInYear => ({
      standard: 'HIGH_AGE_ALLOWANCE',
      tier,
      unit: 'FEN_PER_MONTH',
      periods: periodsInYear(tiers, year, (table) => table.tiers.find((t) => t.tier === tier)?.monthlyAmountFen),
    })),
    standardInYear('SERVICE_SUBSIDY', 'FEN_PER_MONTH', serviceSubsidy, year),
  ];
}
