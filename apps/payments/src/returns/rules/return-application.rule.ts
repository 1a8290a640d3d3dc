// Which lines of a well-formed return file are applied, and which are only reported: a line is
// applied when it answers for a line of one of this bank's released batches that has no outcome
// yet, for the amount that was sent. Everything else is reported with the reason and changes
// nothing; the file is still accepted for the lines that do apply. Pure.
import type { PaymentFailureReason, PaymentLinesFailedV1, PaymentLinesPaidV1, ServiceName } from '@app/contracts';
import { parseReference } from '../../batches/rules/bank-file.rule';
import type { ReturnLine } from './return-file.rule';

/** A batched line as the database knows it, by its reference. */
export interface SentLine {
  reference: string;
  batchId: string;
  batchStatus: string;
  bankCode: string;
  amountFen: number;
  outcome: 'PAID' | 'FAILED' | null;
  accountId: string;
  lineId: string;
  ownerService: ServiceName;
  programme: PaymentLinesPaidV1['lines'][number]['programme'];
  period: string;
}

export type ReportedProblem = 'NOT_IN_OPEN_BATCH' | 'ALREADY_RETURNED' | 'AMOUNT_MISMATCH' | 'DUPLICATE_IN_FILE';

export interface ReportedLine {
  line: number;
  reference: string;
  problem: ReportedProblem;
  detail: string;
}

export interface AppliedLine {
  returned: ReturnLine;
  sent: SentLine;
}

/** The references a file quotes that are ours, to look up. */
export function referencesOf(lines: readonly ReturnLine[]): string[] {
  return [...new Set(lines.map((l) => parseReference(l.reference)).filter((r): r is string => r !== null))];
}

export function classifyReturnLines(lines: readonly ReturnLine[], sent: ReadonlyMap<string, SentLine>, bankCode: string): { applied: AppliedLine[]; reported: ReportedLine[] } {
  const applied: AppliedLine[] = [];
  const reported: ReportedLine[] = [];
  const seen = new Set<string>();
  for (const returned of lines) {
    const report = (problem: ReportedProblem, detail: string) => reported.push({ line: returned.line, reference: returned.reference, problem, detail });
    const reference = parseReference(returned.reference);
    const known = reference === null ? undefined : sent.get(reference);
    if (reference !== null && seen.has(reference)) {
      report('DUPLICATE_IN_FILE', 'the file answers for this line twice; the first answer counts');
      continue;
    }
    if (reference !== null) seen.add(reference);
    if (!known) report('NOT_IN_OPEN_BATCH', 'no batched line has this reference');
    else if (known.bankCode !== bankCode) report('NOT_IN_OPEN_BATCH', `the line was sent to ${known.bankCode}, not ${bankCode}`);
    else if (known.outcome !== null) report('ALREADY_RETURNED', `the line was returned ${known.outcome} before`);
    else if (known.batchStatus !== 'RELEASED') report('NOT_IN_OPEN_BATCH', `the line's batch is ${known.batchStatus}, not released to the bank`);
    else if (known.amountFen !== returned.amountFen) report('AMOUNT_MISMATCH', `${known.amountFen} fen were sent, the bank answers for ${returned.amountFen}`);
    else applied.push({ returned, sent: known });
  }
  return { applied, reported };
}

/** Failures that say the account itself is wrong: it is unusable until a corrected one is confirmed. OTHER (the bank's system, say) is not. */
export function makesAccountUnusable(reason: PaymentFailureReason | null): reason is Exclude<PaymentFailureReason, 'OTHER'> {
  return reason !== null && reason !== 'OTHER';
}

/** The most lines one outcome event carries, as the approvals that created them. */
export const OUTCOME_CHUNK_MAX_LINES = 1000;

export type OutcomeEvent =
  | { type: 'payments.line.paid.v1'; data: PaymentLinesPaidV1 }
  | { type: 'payments.line.failed.v1'; data: PaymentLinesFailedV1 };

/**
 * The events announcing the applied lines: one owning service and one batch per event, paid and
 * failed apart, at most 1,000 lines each, in file order.
 */
export function outcomeEvents(applied: readonly AppliedLine[], returnFileId: string, valueDate: string): OutcomeEvent[] {
  const groups = new Map<string, AppliedLine[]>();
  for (const line of applied) {
    const key = `${line.sent.ownerService}|${line.sent.batchId}|${line.returned.status}`;
    const group = groups.get(key);
    if (group) group.push(line);
    else groups.set(key, [line]);
  }
  const events: OutcomeEvent[] = [];
  for (const group of groups.values()) {
    const { ownerService, batchId } = group[0].sent;
    for (let i = 0; i < group.length; i += OUTCOME_CHUNK_MAX_LINES) {
      const chunk = group.slice(i, i + OUTCOME_CHUNK_MAX_LINES);
      const base = { batchId, returnFileId, ownerService };
      const outcome = ({ sent }: AppliedLine) => ({ lineId: sent.lineId, programme: sent.programme, period: sent.period, amountFen: sent.amountFen });
      if (group[0].returned.status === 'PAID') events.push({ type: 'payments.line.paid.v1', data: { ...base, paidOn: valueDate, lines: chunk.map(outcome) } });
      else {
        events.push({
          type: 'payments.line.failed.v1',
          data: {
            ...base,
            returnedOn: valueDate,
            lines: chunk.map((l) => ({ ...outcome(l), reason: l.returned.reason ?? 'OTHER', ...(l.returned.message ? { bankMessage: l.returned.message } : {}) })),
          },
        });
      }
    }
  }
  return events;
}
