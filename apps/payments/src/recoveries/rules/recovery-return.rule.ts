// A bank's return file read against the recovery lines it answers: each detail line must be one
// of ours, of the amount we sent; a PAID (debited) line is RECOVERED, a FAILED one keeps the
// bank's reason. Outcomes go back per owning service and batch. Pure.
import type { PaymentFailureReason, RecoverySettledV1, ServiceName } from '@app/contracts';
import { parseReference } from '../../batches/rules/bank-file.rule';
import type { ReturnLine } from '../../returns/rules/return-file.rule';

export interface SentRecovery {
  reference: string;
  batchId: string;
  recoveryId: string;
  overpaymentId: string;
  ownerService: ServiceName;
  amountFen: number;
  /** Set once the bank answered: a file sent again changes nothing. */
  outcome: 'RECOVERED' | 'FAILED' | null;
}

export interface SettledLine {
  sent: SentRecovery;
  outcome: 'RECOVERED' | 'FAILED';
  reason: PaymentFailureReason | null;
  message: string | null;
}

export interface RecoveryReturnProblem {
  line: number;
  field: 'reference' | 'amount';
  message: string;
}

/** The file's lines against what was sent: problems refuse the file whole; answered lines are skipped. */
export function settleRecoveryLines(lines: readonly ReturnLine[], sent: ReadonlyMap<string, SentRecovery>): { problems: RecoveryReturnProblem[]; settled: SettledLine[] } {
  const problems: RecoveryReturnProblem[] = [];
  const settled: SettledLine[] = [];
  for (const line of lines) {
    const reference = parseReference(line.reference);
    const ours = reference === null ? undefined : sent.get(reference);
    if (!ours) {
      problems.push({ line: line.line, field: 'reference', message: `reference ${line.reference} is no recovery line sent to this bank` });
    } else if (ours.amountFen !== line.amountFen) {
      problems.push({ line: line.line, field: 'amount', message: `amount ${line.amountFen} fen where ${ours.amountFen} fen was sent` });
    } else if (ours.outcome === null) {
      settled.push({ sent: ours, outcome: line.status === 'PAID' ? 'RECOVERED' : 'FAILED', reason: line.status === 'PAID' ? null : line.reason, message: line.message });
    }
  }
  return { problems, settled };
}

/** One event per owning service and batch, at most `max` recoveries each. */
export function settledEvents(settled: readonly SettledLine[], facts: { returnFileId: string; settledOn: string }, max = 1000): RecoverySettledV1[] {
  const groups = new Map<string, SettledLine[]>();
  for (const s of settled) {
    const key = `${s.sent.ownerService}|${s.sent.batchId}`;
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  const events: RecoverySettledV1[] = [];
  for (const group of groups.values()) {
    for (let i = 0; i < group.length; i += max) {
      const { ownerService, batchId } = group[0].sent;
      const recoveries = group.slice(i, i + max).map((s) => ({
        recoveryId: s.sent.recoveryId,
        overpaymentId: s.sent.overpaymentId,
        outcome: s.outcome,
        amountFen: s.sent.amountFen,
        ...(s.reason ? { reason: s.reason } : {}),
        ...(s.message ? { bankMessage: s.message } : {}),
      }));
      events.push({ ownerService, batchId, returnFileId: facts.returnFileId, settledOn: facts.settledOn, recoveries });
    }
  }
  return events;
}
