// 回归稳固 figures of a year for the annual report: each returnee counts once, by the situation
// found at their latest assessment of the year; follow-ups are every assessment after a
// returnee's first.
import type { ReturneeSituation } from './return-assessment.rule';

export interface AssessmentOfYear {
  vagrantCaseId: string;
  /** 1 for the first assessment of the return, 2 and up for follow-ups. */
  sequence: number;
  situation: ReturneeSituation;
}

export interface ReturnFollowUpTally {
  returneesAssessed: number;
  settled: number;
  atRisk: number;
  leftAgain: number;
  unreachable: number;
  followUps: number;
}

const FIGURE_OF: Record<ReturneeSituation, keyof ReturnFollowUpTally> = { SETTLED: 'settled', AT_RISK: 'atRisk', LEFT_AGAIN: 'leftAgain', UNREACHABLE: 'unreachable' };

export function tallyReturnAssessments(assessments: readonly AssessmentOfYear[]): ReturnFollowUpTally {
  const latest = new Map<string, AssessmentOfYear>();
  for (const a of assessments) {
    const seen = latest.get(a.vagrantCaseId);
    if (!seen || a.sequence > seen.sequence) latest.set(a.vagrantCaseId, a);
  }
  const tally: ReturnFollowUpTally = { returneesAssessed: latest.size, settled: 0, atRisk: 0, leftAgain: 0, unreachable: 0, followUps: assessments.filter((a) => a.sequence > 1).length };
  for (const a of latest.values()) tally[FIGURE_OF[a.situation]] += 1;
  return tally;
}
