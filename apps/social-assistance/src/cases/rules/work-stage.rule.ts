// Where an application waits in the caseworkers' work list (DOMAIN §1, §2): a 低保 application
// waits for its investigation, then runs its public notice (公示), then waits for approval from
// the day after the notice's last day (at once when the period had no days); a 特困 application
// waits for approval from the start (no notice step yet). Pure: today is a parameter.
import type { CaseStatus, Program } from './case-lifecycle.rule';

export const WORK_STAGES = ['AWAITING_INVESTIGATION', 'IN_PUBLIC_NOTICE', 'AWAITING_APPROVAL'] as const;
export type WorkStage = (typeof WORK_STAGES)[number];

export interface StageFacts {
  program: Program;
  status: CaseStatus;
  /** Last day of the 低保 notice; null when the period had no days (or no notice yet). */
  noticeEndsOn: string | null;
}

/** The stage of an undecided application on `today`, or null for a decided case. */
export function workStage(c: StageFacts, today: string): WorkStage | null {
  if (c.program === 'TEKUN') return c.status === 'APPLIED' ? 'AWAITING_APPROVAL' : null;
  if (c.status === 'APPLIED') return 'AWAITING_INVESTIGATION';
  if (c.status !== 'IN_PUBLIC_NOTICE') return null;
  return c.noticeEndsOn !== null && today <= c.noticeEndsOn ? 'IN_PUBLIC_NOTICE' : 'AWAITING_APPROVAL';
}
