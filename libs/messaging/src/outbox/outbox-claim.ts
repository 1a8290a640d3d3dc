// The relay's claim: one statement, sent in the round trip that opens the relay's transaction.

/**
 * Claims up to `size` waiting rows in commit order, skipping rows another relay holds, and counts
 * in the same snapshot the rows it skipped so: the waiting rows before its last one when the batch
 * is full, every other waiting row when it is not (each of those was locked, or it would have been
 * claimed). The count comes as one more row, after the claimed ones, its id null. It reads the
 * index range the claim just read, in the same round trip; the claimed rows come out of the CTE
 * in the order the claim stored them.
 */
export function claimStatement(size: number): string {
  const limit = batchLimit(size);
  return `WITH claimed AS (
      SELECT id, seq, routing_key, envelope FROM outbox
      WHERE published_at IS NULL ORDER BY seq LIMIT ${limit} FOR UPDATE SKIP LOCKED)
    SELECT id, routing_key, envelope::text AS envelope, NULL::int AS skipped FROM claimed
    UNION ALL
    SELECT NULL, NULL, NULL, (SELECT count(*)::int FROM outbox o WHERE o.published_at IS NULL AND o.seq <= b.bound) - b.n
    FROM (SELECT count(*)::int AS n, CASE WHEN count(*) < ${limit} THEN 9223372036854775807 ELSE max(seq) END AS bound FROM claimed) b`;
}

function batchLimit(size: number): number {
  if (!Number.isInteger(size) || size < 1) throw new Error(`relay batch size must be a positive integer, not ${size}`);
  return size;
}
