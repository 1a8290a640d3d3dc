import { PAYABLES_CHUNK_MAX_LINES, type PayableLine, type PayablesApprovedV1 } from '@app/contracts/shared/payables';

/** What every chunk of one approval repeats: the payroll, settlement or benefit, its month and approver. */
export interface PayablesApproval {
  approvalId: string;
  month: string;
  approvedBy: string;
}

/**
 * Reads up to `limit` approved lines whose lineId sorts after `afterLineId` (null: from the first),
 * in lineId order: a keyset page, so a payroll of any size is read a thousand lines at a time.
 */
export type PayablesPageReader = (afterLineId: string | null, limit: number) => Promise<PayableLine[]>;

/** Hands one chunk to the service's EventPublisher (inside the approval's transaction). */
export type PayablesChunkSink = (chunk: PayablesApprovedV1) => Promise<void>;

/** How many chunks an approval of `lineCount` lines takes; none for an approval without lines. */
export function payablesChunkCount(lineCount: number, maxLines = PAYABLES_CHUNK_MAX_LINES): number {
  if (!Number.isInteger(lineCount) || lineCount < 0) throw new RangeError(`line count must be a whole number ≥ 0, got ${lineCount}`);
  return Math.ceil(lineCount / maxLines);
}

/**
 * Publishes an approval as `<service>.payables.approved.v1` chunks of at most 1,000 lines, reading
 * the lines page by page so that only one chunk is ever held in memory. `lineCount` is counted in
 * the same transaction, with the approval row locked, so the pages must add up to it: a difference
 * means the lines moved under the approval, and throwing rolls the approval back.
 * Returns the number of chunks published.
 */
export async function publishPayablesInChunks(approval: PayablesApproval, lineCount: number, readPage: PayablesPageReader, publish: PayablesChunkSink): Promise<number> {
  const count = payablesChunkCount(lineCount);
  let after: string | null = null;
  let read = 0;
  for (let index = 0; index < count; index++) {
    const lines = await readPage(after, PAYABLES_CHUNK_MAX_LINES);
    read += lines.length;
    if (lines.length === 0 || read > lineCount) break;
    await publish({ approvalId: approval.approvalId, month: approval.month, approvedBy: approval.approvedBy, chunk: { index, count }, lines });
    after = lines[lines.length - 1].lineId;
  }
  if (read === lineCount && count > 0) read += (await readPage(after, 1)).length;
  if (read !== lineCount) throw new Error(`approval ${approval.approvalId}: counted ${lineCount} lines, read ${read}`);
  return count;
}
