// Who may decide a finding review and when (DOMAIN §1 核对). A review is decided once: confirmed
// or dismissed. Escalation hands it to a reviewer (乡镇审核) or an approver (县级审批); from
// then on only someone holding that level decides it. Pure.
export const FINDING_REVIEW_STATUSES = ['OPEN', 'ESCALATED', 'CONFIRMED', 'DISMISSED'] as const;
export type FindingReviewStatus = (typeof FINDING_REVIEW_STATUSES)[number];

export const ESCALATION_LEVELS = ['reviewer', 'approver'] as const;
export type EscalationLevel = (typeof ESCALATION_LEVELS)[number];

export type ReviewAction = 'CONFIRM' | 'DISMISS' | 'ESCALATE';
export type ReviewDecisionProblem = 'ALREADY_DECIDED' | 'ESCALATED_ABOVE_CALLER' | 'ESCALATION_NOT_HIGHER';

// Each level includes those below it; admin runs the service and stands above both.
const RANK: Record<string, number> = { operator: 0, reviewer: 1, approver: 2, admin: 3 };

function rankOf(roles: readonly string[]): number {
  return Math.max(-1, ...roles.map((r) => RANK[r] ?? -1));
}

export function reviewDecisionProblem(
  review: { status: FindingReviewStatus; escalatedTo: EscalationLevel | null },
  action: ReviewAction,
  callerRoles: readonly string[],
  escalateTo?: EscalationLevel,
): ReviewDecisionProblem | null {
  if (review.status === 'CONFIRMED' || review.status === 'DISMISSED') return 'ALREADY_DECIDED';
  if (review.escalatedTo !== null && rankOf(callerRoles) < RANK[review.escalatedTo]) return 'ESCALATED_ABOVE_CALLER';
  if (action === 'ESCALATE' && escalateTo !== undefined && review.escalatedTo !== null && RANK[escalateTo] <= RANK[review.escalatedTo]) return 'ESCALATION_NOT_HIGHER';
  return null;
}
