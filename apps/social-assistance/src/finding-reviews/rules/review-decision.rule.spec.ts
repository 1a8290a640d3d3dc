import { reviewDecisionProblem } from './review-decision.rule';

describe('reviewDecisionProblem', () => {
  const open = { status: 'OPEN' as const, escalatedTo: null };
  const toReviewer = { status: 'ESCALATED' as const, escalatedTo: 'reviewer' as const };
  const toApprover = { status: 'ESCALATED' as const, escalatedTo: 'approver' as const };

  it.each([
    ['an operator confirms an open review', open, 'CONFIRM', ['operator'], undefined, null],
    ['an operator escalates an open review', open, 'ESCALATE', ['operator'], 'reviewer', null],
    ['a confirmed review is decided', { status: 'CONFIRMED' as const, escalatedTo: null }, 'DISMISS', ['approver'], undefined, 'ALREADY_DECIDED'],
    ['a dismissed review is decided', { status: 'DISMISSED' as const, escalatedTo: null }, 'ESCALATE', ['admin'], 'approver', 'ALREADY_DECIDED'],
    ['an operator cannot decide what went to a reviewer', toReviewer, 'CONFIRM', ['operator'], undefined, 'ESCALATED_ABOVE_CALLER'],
    ['a reviewer decides what went to a reviewer', toReviewer, 'DISMISS', ['reviewer'], undefined, null],
    ['an approver decides what went to a reviewer', toReviewer, 'CONFIRM', ['approver'], undefined, null],
    ['a reviewer cannot decide what went to an approver', toApprover, 'CONFIRM', ['reviewer', 'operator'], undefined, 'ESCALATED_ABOVE_CALLER'],
    ['a reviewer passes it on to an approver', toReviewer, 'ESCALATE', ['reviewer'], 'approver', null],
    ['escalating to the same level again is refused', toReviewer, 'ESCALATE', ['reviewer'], 'reviewer', 'ESCALATION_NOT_HIGHER'],
    ['an auditor holds no deciding rank', toReviewer, 'CONFIRM', ['auditor'], undefined, 'ESCALATED_ABOVE_CALLER'],
  ] as const)('%s', (_label, review, action, roles, to, expected) => {
    expect(reviewDecisionProblem(review, action, roles, to)).toBe(expected);
  });
});
