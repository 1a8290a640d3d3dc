// 回归稳固 post-return assessment (DOMAIN §3 [N]): after a vagrant case ends with the person
// returned home, the station checks how the returnee is doing within N days of the return [A].
// An at-risk or unreachable returnee is followed up on a set date, and again, until they are
// settled or a supervisor closes the follow-up with a reason.
import { addDays } from '@app/common/time/calendar-date';

export const ASSESSMENT_METHODS = ['HOME_VISIT', 'PHONE', 'VILLAGE_COMMITTEE'] as const;
export type AssessmentMethod = (typeof ASSESSMENT_METHODS)[number];

export const RETURNEE_SITUATIONS = ['SETTLED', 'AT_RISK', 'LEFT_AGAIN', 'UNREACHABLE'] as const;
export type ReturneeSituation = (typeof RETURNEE_SITUATIONS)[number];

export const RETURNEE_NEEDS = ['DIBAO', 'TEMPORARY_RELIEF', 'MEDICAL', 'EMPLOYMENT', 'SCHOOLING'] as const;
export type ReturneeNeed = (typeof RETURNEE_NEEDS)[number];

/** Needs the station refers on to the assistance it runs itself (低保 and 临时救助). */
export const REFERRED_NEEDS: readonly ReturneeNeed[] = ['DIBAO', 'TEMPORARY_RELIEF'];

/** Chinese names, where people read them. */
export const RETURN_ASSESSMENT_LABELS: Record<AssessmentMethod | ReturneeSituation | ReturneeNeed, string> = {
  HOME_VISIT: '入户走访',
  PHONE: '电话回访',
  VILLAGE_COMMITTEE: '村（居）委会协助了解',
  SETTLED: '稳定',
  AT_RISK: '有返流风险',
  LEFT_AGAIN: '再次外出流浪',
  UNREACHABLE: '无法联系',
  DIBAO: '申请低保',
  TEMPORARY_RELIEF: '临时救助',
  MEDICAL: '医疗救助',
  EMPLOYMENT: '就业帮扶',
  SCHOOLING: '就学帮扶',
};

/** Situations that need a follow-up date: the returnee may drift back onto the street. */
const NEEDS_FOLLOW_UP: readonly ReturneeSituation[] = ['AT_RISK', 'UNREACHABLE'];

/** The first assessment is due N days after the return (the return day is day 0). */
export function firstAssessmentDueOn(returnedOn: string, dueDays: number): string {
  if (!Number.isInteger(dueDays) || dueDays < 0) throw new RangeError(`dueDays must be a whole number, got ${dueDays}`);
  return addDays(returnedOn, dueDays);
}

export function isOverdue(dueOn: string, today: string): boolean {
  return today > dueOn;
}

export type FollowUpStatus = 'ASSESSMENT_DUE' | 'FOLLOW_UP_DUE' | 'ENDED' | 'CLOSED';

export interface FollowUpFacts {
  returnedOn: string;
  /** Days allowed for the first assessment, in force for the month of the return. */
  dueDays: number;
  /** The latest assessment recorded, or null before the first. */
  latest: { followUpOn: string | null } | null;
  closed: boolean;
}

/** Whether an assessment is owed and by when; ENDED once the last one set no follow-up. */
export function followUpState(facts: FollowUpFacts): { status: FollowUpStatus; dueOn: string | null } {
  if (facts.closed) return { status: 'CLOSED', dueOn: null };
  if (!facts.latest) return { status: 'ASSESSMENT_DUE', dueOn: firstAssessmentDueOn(facts.returnedOn, facts.dueDays) };
  if (facts.latest.followUpOn) return { status: 'FOLLOW_UP_DUE', dueOn: facts.latest.followUpOn };
  return { status: 'ENDED', dueOn: null };
}

export interface AssessmentEntry {
  assessedOn: string;
  situation: ReturneeSituation;
  followUpOn: string | null;
  needs: readonly ReturneeNeed[];
  temporaryReliefId: string | null;
}

export type AssessmentProblem =
  | { code: 'BEFORE_RETURN' | 'IN_FUTURE' | 'BEFORE_PREVIOUS'; field: 'assessedOn' }
  | { code: 'FOLLOW_UP_REQUIRED' | 'FOLLOW_UP_WHEN_SETTLED' | 'FOLLOW_UP_NOT_AFTER_ASSESSMENT'; field: 'followUpOn' }
  | { code: 'RELIEF_WITHOUT_NEED'; field: 'temporaryReliefId' };

/** Why an assessment cannot be recorded as it is, or null. Dates are YYYY-MM-DD, compared as text. */
export function assessmentProblem(entry: AssessmentEntry, facts: { returnedOn: string; today: string; previousOn: string | null }): AssessmentProblem | null {
  if (entry.assessedOn < facts.returnedOn) return { code: 'BEFORE_RETURN', field: 'assessedOn' };
  if (entry.assessedOn > facts.today) return { code: 'IN_FUTURE', field: 'assessedOn' };
  if (facts.previousOn !== null && entry.assessedOn < facts.previousOn) return { code: 'BEFORE_PREVIOUS', field: 'assessedOn' };
  if (NEEDS_FOLLOW_UP.includes(entry.situation) && entry.followUpOn === null) return { code: 'FOLLOW_UP_REQUIRED', field: 'followUpOn' };
  // Settled ends the follow-up; a further check would keep a settled returnee on the work list.
  if (entry.situation === 'SETTLED' && entry.followUpOn !== null) return { code: 'FOLLOW_UP_WHEN_SETTLED', field: 'followUpOn' };
  if (entry.followUpOn !== null && entry.followUpOn <= entry.assessedOn) return { code: 'FOLLOW_UP_NOT_AFTER_ASSESSMENT', field: 'followUpOn' };
  if (entry.temporaryReliefId !== null && !entry.needs.includes('TEMPORARY_RELIEF')) return { code: 'RELIEF_WITHOUT_NEED', field: 'temporaryReliefId' };
  return null;
}

/** The referrals an assessment records: the needs the station passes on to 低保 and 临时救助. */
export function referralsOf(needs: readonly ReturneeNeed[]): ReturneeNeed[] {
  return REFERRED_NEEDS.filter((n) => needs.includes(n));
}
