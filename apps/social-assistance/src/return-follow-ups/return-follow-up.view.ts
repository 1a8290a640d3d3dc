// The one shape every 回归稳固 route answers, built from the case, its assessments and closure.
import { YearMonth } from '@app/common/time/year-month';
import type { PolicyPeriods } from '@app/common/policy/policy-periods';
import type { VagrantCase } from '../vagrant-relief/vagrant-case.entity';
import type { ReturnAssessmentResponse, ReturnFollowUpResponse } from './dto/return-follow-up.dto';
import type { ReturnAssessment } from './return-assessment.entity';
import type { ReturnFollowUpClosure } from './return-follow-up-closure.entity';
import { followUpState, isOverdue } from './rules/return-assessment.rule';

export const RETURN_DUE_DAYS_KEY = 'social-assistance.vagrant.return-assessment-due-days';

/**
 * Days allowed for the first assessment, by the month of the return. A return in a month without
 * a figure is due on its return day: left off the work list it would be forgotten.
 */
export function dueDaysFor(periods: PolicyPeriods<number>, returnedOn: string): number {
  return periods.findForMonth(YearMonth.fromDate(returnedOn)) ?? 0;
}

export function assessmentView(a: ReturnAssessment): ReturnAssessmentResponse {
  const { id, sequence, assessedOn, method, situation, needs, referrals, temporaryReliefId, followUpOn, note, assessedBy } = a;
  return { id, sequence, assessedOn, method, situation, needs, referrals, temporaryReliefId, followUpOn, note, assessedBy };
}

export interface FollowUpRecord {
  vagrantCase: VagrantCase;
  /** Oldest first. */
  assessments: ReturnAssessment[];
  closure: ReturnFollowUpClosure | null;
}

export function followUpView(record: FollowUpRecord, dueDays: number, today: string): ReturnFollowUpResponse {
  const { vagrantCase: c, assessments, closure } = record;
  const returnedOn = c.closedOn ?? c.admittedOn;
  const latest = assessments.at(-1) ?? null;
  const { status, dueOn } = followUpState({ returnedOn, dueDays, latest, closed: closure !== null });
  return {
    vagrantCaseId: c.id,
    name: c.name,
    residentId: c.residentId,
    regionCode: c.regionCode,
    returnedOn,
    status,
    dueOn,
    overdue: dueOn !== null && isOverdue(dueOn, today),
    assessments: assessments.map(assessmentView),
    closure: closure ? { closedOn: closure.closedOn, reason: closure.reason, closedBy: closure.closedBy } : null,
  };
}
