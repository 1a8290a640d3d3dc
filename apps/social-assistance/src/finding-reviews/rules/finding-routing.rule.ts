// Where a department's finding goes (DOMAIN §1 核对, 低保边缘): an asset or income fact about a
// person covered by an open 低保/特困 case opens a finding review on that case; the early-warning
// kinds concern monitored households only (early-warnings/rules/warning-trigger.rule.ts). Pure.
import type { FindingKind } from '@app/contracts/data-exchange/findings-raised.v1';

/** Facts that bear on eligibility: they open a review, never a stop by themselves. */
export const REVIEW_FINDING_KINDS = ['VEHICLE', 'REAL_ESTATE', 'BUSINESS', 'PENSION', 'EMPLOYMENT_INCOME'] as const;
export type ReviewFindingKind = (typeof REVIEW_FINDING_KINDS)[number];

/** A review's kind: one of the findings above, or a move out of the city (户籍迁出). */
export const FINDING_REVIEW_KINDS = [...REVIEW_FINDING_KINDS, 'MOVED_AWAY'] as const;
export type FindingReviewKind = (typeof FINDING_REVIEW_KINDS)[number];

export const ASSET_FINDING_KINDS: readonly FindingReviewKind[] = ['VEHICLE', 'REAL_ESTATE', 'BUSINESS'];

export function opensReview(kind: FindingKind): kind is ReviewFindingKind {
  return (REVIEW_FINDING_KINDS as readonly string[]).includes(kind);
}

/** What confirming a review changes, through the household's usual change paths. */
export type FindingEffect =
  | { type: 'ADD_ASSETS'; addedFen: number }
  | { type: 'INCOME'; source: 'PENSION' | 'WAGES'; monthlyFen: number; throughWork: boolean }
  | { type: 'DEPART'; observedOn: string };

/**
 * An asset counts at the value the department reported (a car at its registered value), unless
 * the caseworker who confirms gives the value to count (an only home: 0). A pension or a job
 * replaces the member's income line of that source; a job's income is earned through work, so
 * 渐退期 (gradual exit) applies as for any income rise through work.
 */
export function findingEffect(review: { kind: FindingReviewKind; amountFen: number | null; observedOn: string }, countedFen?: number): FindingEffect {
  switch (review.kind) {
    case 'VEHICLE':
    case 'REAL_ESTATE':
    case 'BUSINESS':
      return { type: 'ADD_ASSETS', addedFen: countedFen ?? review.amountFen ?? 0 };
    case 'PENSION':
      return { type: 'INCOME', source: 'PENSION', monthlyFen: countedFen ?? review.amountFen ?? 0, throughWork: false };
    case 'EMPLOYMENT_INCOME':
      return { type: 'INCOME', source: 'WAGES', monthlyFen: countedFen ?? review.amountFen ?? 0, throughWork: true };
    case 'MOVED_AWAY':
      return { type: 'DEPART', observedOn: review.observedOn };
  }
}
