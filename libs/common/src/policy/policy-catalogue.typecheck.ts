// Compile-time tests of policy catalogues, checked by `npm run typecheck` (tsc --noEmit); jest does
// not run this file. Each `@ts-expect-error` line MUST be a type error: if one compiles, tsc
// reports the unused directive and the type check fails. Nothing here runs.
import { z } from 'zod';
import { YearMonth } from '../time/year-month';
import { definePolicyCatalogue, policyValues, type PolicyValue } from './policy-catalogue';
import type { PolicyService } from './policy.service';

export const CATALOGUE = definePolicyCatalogue('canteen', {
  'canteen.meal-subsidy.tiers': { schema: z.object({ assistanceAmountFen: policyValues.fen }) },
  // Optional: no cap unless the city sets one.
  'canteen.meal-subsidy.daily-cap': { schema: policyValues.positiveWholeNumber, optional: true },
});

declare const policy: PolicyService<typeof CATALOGUE>;
declare const unannotated: PolicyService;
const month = YearMonth.parse('2024-07');

export async function correctReadsCompile(): Promise<void> {
  const tiers: { assistanceAmountFen: number } = await policy.require('canteen.meal-subsidy.tiers', '2024-07-01');
  const sameMonth: { assistanceAmountFen: number } = await policy.valueForMonth('canteen.meal-subsidy.tiers', month);
  const cap: number | null = await policy.optional('canteen.meal-subsidy.daily-cap', '2024-07-01');
  const periods = await policy.periods('canteen.meal-subsidy.daily-cap');
  const fromPeriods: number | null = periods.findForMonth(month);
  const typed: PolicyValue<typeof CATALOGUE, 'canteen.meal-subsidy.tiers'> = tiers;
  void [sameMonth, cap, fromPeriods, typed];
}

export async function wrongReadsDoNotCompile(): Promise<void> {
  // @ts-expect-error a key that is not in the catalogue cannot be read
  await policy.require('canteen.meal-subsidy.tierz', '2024-07-01');
  // @ts-expect-error another service's key cannot be read either
  await policy.periods('elderly-care.service-subsidy.monthly-fen');
  // @ts-expect-error an optional key has no `require`: the reader says what no value means
  await policy.require('canteen.meal-subsidy.daily-cap', '2024-07-01');
  // @ts-expect-error a required key has no `optional`: a missing figure is the one problem
  await policy.optional('canteen.meal-subsidy.tiers', '2024-07-01');
  // @ts-expect-error the value has the schema's type, not whatever the caller wishes
  const wrong: string = await policy.require('canteen.meal-subsidy.tiers', '2024-07-01');
  // @ts-expect-error a PolicyService without its catalogue's type reads nothing
  await unannotated.require('canteen.meal-subsidy.tiers', '2024-07-01');
  void wrong;
}

export function strayKeysDoNotCompile(): void {
  definePolicyCatalogue('canteen', {
    // @ts-expect-error every key starts with the service's name
    'elderly-care.service-subsidy.monthly-fen': { schema: policyValues.fen },
  });
}
