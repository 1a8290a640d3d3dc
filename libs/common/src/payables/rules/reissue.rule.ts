/**
 * Re-issue of a line the bank returned FAILED (一卡通): the programme pays it again, once, in its
 * next payroll; payments holds the re-issue until the payee's account is corrected. Money the
 * payee was not entitled to is not re-issued: a line for a month from which the enrollment,
 * allowance or case had stopped (the person died, moved, left the programme) stays unpaid. Once
 * means once: a re-issue that fails again is not re-issued by the programme (a caseworker follows it
 * up with payments), so no line's money goes out more than twice.
 */
export interface FailedLineFacts {
  /** The month the failed line paid (YYYY-MM). */
  period: string;
  /** The first month no longer payable (the stop month), null while payable. */
  stoppedFromMonth: string | null;
  /** A re-issue of this line exists already. */
  alreadyReissued: boolean;
  /** The failed line is itself a re-issue. */
  isReissue: boolean;
}

export type ReissueDecision = { reissue: true } | { reissue: false; reason: 'ALREADY_REISSUED' | 'REISSUE_FAILED_AGAIN' | 'STOPPED_BEFORE_PERIOD' };

export function reissueDecision(facts: FailedLineFacts): ReissueDecision {
  if (facts.alreadyReissued) return { reissue: false, reason: 'ALREADY_REISSUED' };
  if (facts.isReissue) return { reissue: false, reason: 'REISSUE_FAILED_AGAIN' };
  if (facts.stoppedFromMonth !== null && facts.stoppedFromMonth <= facts.period) return { reissue: false, reason: 'STOPPED_BEFORE_PERIOD' };
  return { reissue: true };
}
