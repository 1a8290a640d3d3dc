// The "物质+服务" figures: the budget, whose period in force is the pilot (2023-07-01 to 2024-06-30
// in the city), the price per visit and the elders' age. Read through the service's catalogue.
import { ProblemException } from '@app/common/http/problem';
import { PolicyService } from '@app/common/policy/policy.service';
import { rowInForce } from '@app/common/policy/value-in-force';
import { YearMonth } from '@app/common/time/year-month';
import type { EntityManager } from 'typeorm';
import type { SocialAssistancePolicies } from '../policy-catalogue';
import type { Period } from './rules/plan.rule';

export const CASH_PLUS_KEYS = {
  budget: 'social-assistance.cash-plus.budget-fen',
  pricePerVisit: 'social-assistance.cash-plus.price-per-visit-fen',
  elderFromAge: 'social-assistance.cash-plus.elder-from-age',
} as const;

export interface Pilot {
  period: Period;
  budgetFen: number;
}

/** The budget period in force on `date` (the pilot) and its budget; null when none is. */
export async function pilotOn(policy: PolicyService<SocialAssistancePolicies>, date: string, manager?: EntityManager): Promise<Pilot | null> {
  const periods = await policy.periods(CASH_PLUS_KEYS.budget, manager);
  const row = rowInForce(periods.rows, CASH_PLUS_KEYS.budget, date);
  if (!row) return null;
  return { period: { from: row.effectiveFrom, to: row.effectiveTo }, budgetFen: periods.require(date) };
}

/** The pilot a month's settlement counts against: 422 CASH_PLUS.OUTSIDE_PILOT without one. */
export async function pilotOfMonth(policy: PolicyService<SocialAssistancePolicies>, month: string, manager?: EntityManager): Promise<Pilot> {
  const pilot = await pilotOn(policy, YearMonth.parse(month).firstDay(), manager);
  if (!pilot) throw new ProblemException({ status: 422, code: 'CASH_PLUS.OUTSIDE_PILOT', detail: `No "物质+服务" budget is in force for ${month}.`, errors: [{ field: 'month', code: 'OUTSIDE_PILOT', message: 'not a month of the pilot' }] });
  return pilot;
}

/** The months of a period, as the settlements' months are compared. */
export function periodMonths(period: Period): { fromMonth: string; toMonth: string | null } {
  return { fromMonth: period.from.slice(0, 7), toMonth: period.to?.slice(0, 7) ?? null };
}
