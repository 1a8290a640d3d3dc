// Children per category and tier for the annual statistics. Pure: the facts and the day are parameters.
import { CHILD_CATEGORIES, deriveCategories, type CategoryPolicy, type ChildCategory, type ChildFacts } from '../../categories/rules/child-category.rule';
import type { RiskTier } from '@app/contracts';

export interface ReportChild extends ChildFacts {
  registeredOn: string;
  closedOn: string | null;
  riskTier: RiskTier;
}

/** The day the year's figures are taken: its last day, or today while the year runs. */
export function reportDay(year: number, today: string): string {
  const last = `${year}-12-31`;
  return last < today ? last : today;
}

/** Children in the ledger on `day` (registered, not closed before) by category and by tier. */
export function countChildren(children: readonly ReportChild[], day: string, t: CategoryPolicy) {
  const byCategory = Object.fromEntries(CHILD_CATEGORIES.map((c) => [c, 0])) as Record<ChildCategory, number>;
  const byTier: Record<RiskTier, number> = { RED: 0, ORANGE: 0, GREEN: 0 };
  let inLedger = 0;
  for (const child of children) {
    if (child.registeredOn > day || (child.closedOn !== null && child.closedOn <= day)) continue;
    inLedger++;
    byTier[child.riskTier]++;
    for (const category of deriveCategories(child, day, t)) byCategory[category]++;
  }
  return { inLedger, byCategory, byTier };
}
