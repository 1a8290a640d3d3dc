// A "物质+服务" visit as the provider records it, and its confirmation by a caseworker: a visit
// lies within its plan's period, on a day that has come and the person was alive, for a service
// of the plan, and within the plan's visits of that month; a second person confirms it, once, or
// disputes it (then it is not paid and no longer counts, so the provider may record it again).
import { YearMonth } from '@app/common/time/year-month';

export interface VisitPlan {
  fromDate: string;
  toDate: string;
  services: readonly string[];
  visitsPerMonth: number;
}

export interface VisitFacts {
  visitedOn: string;
  service: string;
  today: string;
  deceasedOn: string | null;
  /** Visits of the plan already recorded in the visit's month (disputed ones do not count). */
  recordedInMonth: number;
}

export type VisitProblem = 'VISIT_IN_FUTURE' | 'OUTSIDE_PLAN_PERIOD' | 'AFTER_DEATH' | 'SERVICE_NOT_IN_PLAN' | 'ABOVE_VISITS_PER_MONTH';

/** The request field each problem is about. */
export const VISIT_PROBLEM_FIELD: Record<VisitProblem, 'visitedOn' | 'service'> = {
  VISIT_IN_FUTURE: 'visitedOn',
  OUTSIDE_PLAN_PERIOD: 'visitedOn',
  AFTER_DEATH: 'visitedOn',
  SERVICE_NOT_IN_PLAN: 'service',
  ABOVE_VISITS_PER_MONTH: 'visitedOn',
};

export function visitProblem(plan: VisitPlan, visit: VisitFacts): VisitProblem | null {
  if (visit.visitedOn > visit.today) return 'VISIT_IN_FUTURE';
  if (visit.visitedOn < plan.fromDate || visit.visitedOn > plan.toDate) return 'OUTSIDE_PLAN_PERIOD';
  if (visit.deceasedOn !== null && visit.visitedOn > visit.deceasedOn) return 'AFTER_DEATH';
  if (!plan.services.includes(visit.service)) return 'SERVICE_NOT_IN_PLAN';
  if (visit.recordedInMonth >= plan.visitsPerMonth) return 'ABOVE_VISITS_PER_MONTH';
  return null;
}

export type VisitStatus = 'RECORDED' | 'CONFIRMED' | 'DISPUTED';
export type ReviewProblem = 'VISIT_ALREADY_CONFIRMED' | 'VISIT_DISPUTED' | 'VISIT_SAME_PERSON';

/**
 * Four eyes: the one who recorded a visit neither confirms nor disputes it; a visit is decided
 * once, confirmed or disputed.
 */
export function reviewProblem(visit: { status: VisitStatus; recordedBy: string }, reviewer: string): ReviewProblem | null {
  if (visit.status === 'CONFIRMED') return 'VISIT_ALREADY_CONFIRMED';
  if (visit.status === 'DISPUTED') return 'VISIT_DISPUTED';
  if (visit.recordedBy === reviewer) return 'VISIT_SAME_PERSON';
  return null;
}

/** The month a visit is settled in. */
export const visitMonth = (visitedOn: string): string => YearMonth.fromDate(visitedOn).toString();
