// Where one approved line stands, from the rows that record what happened to it. Pure.
import type { LineState } from '../../reconciliation/rules/reconciliation.rule';

export interface LineFacts {
  refusal: string | null;
  /** Set when the line is in a batch (batch_line). */
  batchId: string | null;
  outcome: 'PAID' | 'FAILED' | null;
  /** Set while the line is held (held_line). */
  holdReason: string | null;
}

export function lineState(line: LineFacts): LineState {
  if (line.refusal !== null) return 'REFUSED';
  if (line.batchId !== null) return line.outcome ?? 'PENDING';
  if (line.holdReason !== null) return 'HELD';
  return 'AWAITING';
}

/**
 * Why an approval's header cannot be this chunk's: its chunks must agree on the owning service,
 * the month and how many chunks there are. Null when they agree (or it is the first chunk).
 */
export function approvalConflict(
  known: { ownerService: string; month: string; chunkCount: number } | null,
  chunk: { ownerService: string; month: string; chunkCount: number },
): string | null {
  if (!known) return null;
  const differs = (['ownerService', 'month', 'chunkCount'] as const).filter((key) => known[key] !== chunk[key]);
  if (differs.length === 0) return null;
  return differs.map((key) => `${key} ${String(chunk[key])} where earlier chunks said ${String(known[key])}`).join('; ');
}
