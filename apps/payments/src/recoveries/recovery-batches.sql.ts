// Statements of recovery batches. A request can be batched once (its line is unique), from the
// payee's confirmed, usable account: the account the money was paid into.

/** Requests not yet batched whose payee has an account to debit, per bank: recovery-state.rule's AWAITING. */
export const READY_BANKS = `
SELECT a.bank_code AS "bankCode", count(*)::int AS n
FROM recovery_request r
JOIN payee_account a ON a.payee_kind = 'PERSON' AND a.payee_key = r.resident_id AND a.status = 'CONFIRMED' AND a.unusable_reason IS NULL
WHERE NOT EXISTS (SELECT 1 FROM recovery_line l WHERE l.recovery_id = r.recovery_id)
GROUP BY a.bank_code ORDER BY a.bank_code`;

/** $1 batch id, $2 bank code: the bank's ready requests join the batch with the account they are debited from. */
export const BATCH_READY = `
WITH added AS (
  INSERT INTO recovery_line (recovery_id, batch_id, account_id, account_number, holder_name)
  SELECT r.recovery_id, $1, a.id, a.account_number, a.holder_name
  FROM recovery_request r
  JOIN payee_account a ON a.payee_kind = 'PERSON' AND a.payee_key = r.resident_id AND a.status = 'CONFIRMED' AND a.unusable_reason IS NULL
  WHERE a.bank_code = $2 AND NOT EXISTS (SELECT 1 FROM recovery_line l WHERE l.recovery_id = r.recovery_id)
  ORDER BY r.received_at, r.recovery_id
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
