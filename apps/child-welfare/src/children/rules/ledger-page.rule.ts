// One page of the ledger (台账) with its tier counts. Categories move with the calendar (age, the
// month thresholds), so they are derived as of the day asked, like the child's own read, and the
// category filter can only be applied after that. Pure: the facts, the day and the policy are parameters.
import type { RiskTier } from '@app/contracts';
import { deriveCategories, type CategoryPolicy, type ChildCategory, type ChildFacts } from '../../categories/rules/child-category.rule';

export interface LedgerChild extends ChildFacts {
  riskTier: RiskTier;
}

export interface LedgerFilter {
  tier?: RiskTier;
  category?: ChildCategory;
  offset: number;
  limit: number;
}

export type TierCounts = Record<RiskTier, number>;

export interface LedgerPage<C> {
  items: Array<{ child: C; categories: ChildCategory[] }>;
  total: number;
  /** Children per tier under every filter but the tier itself, so each count says what picking that tier would show. */
  tierCounts: TierCounts;
}

/** Filters `children` (already in list order) by category and tier, counts them per tier, and cuts the page. */
export function ledgerPage<C extends LedgerChild>(children: readonly C[], filter: LedgerFilter, day: string, policy: CategoryPolicy): LedgerPage<C> {
  const tierCounts: TierCounts = { RED: 0, ORANGE: 0, GREEN: 0 };
  const matching: Array<{ child: C; categories: ChildCategory[] }> = [];
  for (const child of children) {
    const categories = deriveCategories(child, day, policy);
    if (filter.category && !categories.includes(filter.category)) continue;
    tierCounts[child.riskTier]++;
    if (filter.tier && child.riskTier !== filter.tier) continue;
    matching.push({ child, categories });
  }
  return { items: matching.slice(filter.offset, filter.offset + filter.limit), total: matching.length, tierCounts };
}

/** Tier counts from the database's per-tier counts (a tier without children is absent there). */
export function tierCountsOf(grouped: ReadonlyArray<{ tier: RiskTier; n: number }>): TierCounts {
  const counts: TierCounts = { RED: 0, ORANGE: 0, GREEN: 0 };
  for (const { tier, n } of grouped) counts[tier] = n;
  return counts;
}
