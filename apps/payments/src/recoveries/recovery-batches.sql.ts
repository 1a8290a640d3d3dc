// Statements of recovery batches. A request can be batched once (its line is unique), from the
// payee's confirmed, usable account: the account the money was paid into.

/** Requests not yet batched whose payee has an account to debit, per bank (with its most lines per file): recovery-state.rule's AWAITING. */
export const READY_BANKS = `
SELECT a.bank_code AS "bankCode", bk.max_lines_per_file AS "maxLinesPerFile", count(*)::int AS n
FROM recovery_request r
JOIN payee_account a ON a.payee_kind = 'PERSON' AND a.payee_key = r.resident_id AND a.status = 'CONFIRMED' AND a.unusable_reason IS NULL
JOIN bank bk ON bk.code = a.bank_code
WHERE NOT EXISTS (SELECT 1 FROM recovery_line l WHERE l.recovery_id = r.recovery_id)
GROUP BY a.bank_code, bk.max_lines_per_file ORDER BY a.bank_code`;

/** $1 batch id, $2 bank code, $3 most lines: the bank's oldest ready requests, up to a file's worth, join the batch with the account they are debited from. */
export const BATCH_READY = `
WITH added AS (
  INSERT INTO recovery_line (recovery_id, batch_id, account_id, account_number, holder_name)
  SELECT r.recovery_id, $1, a.id, a.account_number, a.holder_name
  FROM recovery_request r
  JOIN payee_account a ON a.payee_kind = 'PERSON' AND a.payee_key = r.resident_id AND a.status = 'CONFIRMED' AND a.unusable_reason IS NULL
  WHERE a.bank_code = $2 AND NOT EXISTS (SELECT 1 FROM recovery_line l WHERE l.recovery_id = r.recovery_id)
  ORDER BY r.received_at, r.recovery_id
  LIMIT $3
  RETURNING recovery_id
)
SELECT count(*)::int AS "lineCount", coalesce(sum(r.amount_fen), 0)::float8 AS "totalFen" FROM added JOIN recovery_request r USING (recovery_id)`;

/** The batch's lines as the bank file writes them; the period is the first month the recovery covers. */
export const RECOVERY_FILE_LINES = `
SELECT l.reference::text, l.account_number AS "accountNumber", l.holder_name AS "holderName", r.amount_fen::float8 AS "amountFen", r.programme, r.periods[1] AS period
FROM recovery_line l JOIN recovery_request r USING (recovery_id) WHERE l.batch_id = $1 ORDER BY l.reference`;

/** The recovery lines a return file quotes, with what the owning programme needs to hear. */
export const SENT_RECOVERIES = `
SELECT l.reference::text, l.batch_id AS "batchId", r.recovery_id AS "recoveryId", r.overpayment_id AS "overpaymentId", r.owner_service AS "ownerService",
       r.amount_fen::float8 AS "amountFen", l.outcome
FROM recovery_line l JOIN recovery_request r USING (recovery_id) JOIN recovery_batch b ON b.id = l.batch_id
WHERE b.bank_code = $1 AND b.status = 'RELEASED' AND l.reference = ANY($2::bigint[])`;

/**
 * Before recovery batch $1 (bank $2) is written: a line whose account is no longer the payee's
 * usable account in force is pointed at the account confirmed since, if that is at the same bank;
 * otherwise it leaves the batch, and its request waits for the next assembly (with its new bank)
 * or, without a usable account, is held. The batch's count and total follow.
 */
export const REFRESH_RECOVERY_ACCOUNTS = `
WITH stale AS MATERIALIZED (
  SELECT l.reference, r.resident_id
  FROM recovery_line l JOIN recovery_request r USING (recovery_id) JOIN payee_account a ON a.id = l.account_id
  WHERE l.batch_id = $1 AND (a.status = 'SUPERSEDED' OR a.unusable_reason IS NOT NULL)
),
fresh AS MATERIALIZED (
  SELECT s.reference, n.id AS account_id, n.account_number, n.holder_name,
         (n.id IS NOT NULL AND n.unusable_reason IS NULL AND n.bank_code = $2) AS stays
  FROM stale s LEFT JOIN payee_account n ON n.payee_kind = 'PERSON' AND n.payee_key = s.resident_id AND n.status = 'CONFIRMED'
),
repointed AS (
  UPDATE recovery_line l SET account_id = f.account_id, account_number = f.account_number, holder_name = f.holder_name
  FROM fresh f WHERE l.reference = f.reference AND f.stays
  RETURNING l.reference
),
removed AS (
  DELETE FROM recovery_line l USING fresh f WHERE l.reference = f.reference AND NOT f.stays
  RETURNING l.reference
)
SELECT (SELECT count(*) FROM repointed)::int AS repointed, (SELECT count(*) FROM removed)::int AS removed`;

/** Batch $1's count and total, after lines left it. */
export const RECOUNT_BATCH = `
UPDATE recovery_batch b SET line_count = t.n, total_fen = t.total
FROM (SELECT count(*)::int AS n, coalesce(sum(r.amount_fen), 0) AS total FROM recovery_line l JOIN recovery_request r USING (recovery_id) WHERE l.batch_id = $1) t
WHERE b.id = $1
RETURNING t.n AS "lineCount"`;
