// An overpayment is a receivable (DOMAIN §8): recovered from the account, paid by the heirs, or
// written off. A write-off needs approval: one person proposes it, a decider (approver, admin)
// other than the proposer approves it (maker and checker).

export const RESOLUTIONS = ['RECOVERED', 'HEIRS_PAID', 'WRITTEN_OFF'] as const;
export type Resolution = (typeof RESOLUTIONS)[number];

/** Settlements are recorded while the receivable is open or a write-off is only proposed. */
const UNSETTLED = ['OPEN', 'WRITE_OFF_PROPOSED'];

/** What a resolution request does: settle at once, propose a write-off, or nothing (not open). */
export function resolutionStep(status: string, resolution: Resolution): 'SETTLE' | 'PROPOSE_WRITE_OFF' | 'NOT_OPEN' {
  if (!UNSETTLED.includes(status)) return 'NOT_OPEN';
  if (resolution !== 'WRITTEN_OFF') return 'SETTLE';
  return status === 'OPEN' ? 'PROPOSE_WRITE_OFF' : 'NOT_OPEN';
}

export function writeOffApprovalProblem(o: { status: string; proposedBy: string | null }, approver: string): 'NOT_PROPOSED' | 'SAME_PERSON_APPROVAL' | null {
  if (o.status !== 'WRITE_OFF_PROPOSED') return 'NOT_PROPOSED';
  return o.proposedBy === approver ? 'SAME_PERSON_APPROVAL' : null;
}
