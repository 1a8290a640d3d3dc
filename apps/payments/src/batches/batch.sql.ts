// The statements that move lines into and out of batches. Each is one statement, so everything it
// decides is decided on one snapshot of the database; callers hold the batch-state lock.

/**
 * The `batch_line` rows of one batch (`batch`: a parameter or a column holding its id), found
 * through the references its file covers (`disbursement_batch.reference_ranges`, whole runs of the
 * bank's references) and the primary key on `reference`; other batches' lines in those ranges are
 * left out by their `batch_id`. There is no index on `batch_id`: keeping one up to date was a sixth
 * of the assembly of a million lines.
 */
export const BATCH_LINES = (batch: string) => `(
  SELECT bl.* FROM disbursement_batch bd
  CROSS JOIN LATERAL unnest(bd.reference_ranges) AS br(span)
  -- One index range scan per range: OFFSET 0 keeps the planner from flattening this into a join,
  -- for which it scanned every batch's lines (its estimate of one batch_id's rows is no guide).
  CROSS JOIN LATERAL (
    SELECT * FROM batch_line x WHERE x.reference >= lower(br.span) AND x.reference < upper(br.span) AND x.batch_id = bd.id OFFSET 0
  ) bl
  WHERE bd.id = ${batch}
)`;

/** Why a line waits for an account, computed from the payee's accounts as they stand. */
const HOLD_REASON = (c: string) => `
  CASE
    WHEN ${c}.account_id IS NULL THEN
      CASE WHEN EXISTS (SELECT 1 FROM payee_account pr WHERE pr.payee_kind = ${c}.payee_kind AND pr.payee_key = ${c}.payee_key AND pr.status = 'PROPOSED')
        THEN 'ACCOUNT_AWAITING_CONFIRMATION' ELSE 'NO_ACCOUNT' END
    WHEN ${c}.unusable_reason IS NOT NULL THEN 'ACCOUNT_UNUSABLE'
    ELSE 'ACCOUNT_MOVED_BANK'
  END`;

/**
 * Assembles month $1: every line of an approval of month $1 or before that no assembly has taken
 * up yet, and every held line of those months, is either batched with the payee's confirmed,
 * usable account (grouped per bank, at most the bank's lines per file in a batch, numbered after
 * the bank's batches of the month so far) or held with the reason. An approval whose chunks have
 * all arrived is then marked assembled, so later assemblies do not look at its lines again (its
 * held lines are looked at through held_line). $2 = who, $3 = when.
 */
export const ASSEMBLE_MONTH = `
WITH cand AS MATERIALIZED (
  SELECT p.reference, p.month, p.programme, p.period, p.amount_fen, p.payee_kind, p.payee_key,
         a.id AS account_id, a.bank_code, a.account_number, a.holder_name, a.unusable_reason, bk.max_lines_per_file,
         a.id IS NOT NULL AND a.unusable_reason IS NULL AS usable,
         p.reference / greatest(bk.max_lines_per_file / 64, 1) AS run
  FROM (
    SELECT p.* FROM approval ap JOIN payable_line p ON p.approval_id = ap.approval_id
    WHERE ap.month <= $1 AND ap.assembled_at IS NULL AND p.refusal IS NULL
      AND NOT EXISTS (SELECT 1 FROM batch_line b WHERE b.reference = p.reference)
      AND NOT EXISTS (SELECT 1 FROM held_line h WHERE h.reference = p.reference)
    UNION ALL
    SELECT p.* FROM held_line h JOIN payable_line p ON p.reference = h.reference WHERE h.month <= $1
  ) p
  LEFT JOIN payee_account a ON a.payee_kind = p.payee_kind AND a.payee_key = p.payee_key AND a.status = 'CONFIRMED'
  LEFT JOIN bank bk ON bk.code = a.bank_code
),
buckets AS MATERIALIZED (
  -- Files are cut without sorting the month: the bank's lines are counted per run of B consecutive
  -- references (B = a sixty-fourth of the bank's lines per file, so a run holds at most B of them),
  -- and runs are given to files in reference order. A file takes the runs that start before
  -- (file + 1) * (max - B) lines of the bank, so it holds fewer than max - B + B lines; no file
  -- number is skipped, since no run holds more than max - B lines.
  SELECT bank_code, run, count(*) AS lines, sum(amount_fen) AS amount_fen,
         greatest(max_lines_per_file - greatest(max_lines_per_file / 64, 1), 1) AS per_file,
         greatest(max_lines_per_file / 64, 1) AS run_width
  FROM cand WHERE usable
  GROUP BY bank_code, run, max_lines_per_file
),
runs AS MATERIALIZED (
  SELECT bank_code, run, (coalesce(sum(lines) OVER (PARTITION BY bank_code ORDER BY run ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) / per_file)::int AS grp
  FROM buckets
),
groups AS MATERIALIZED (
  -- The references of the file's runs, whole (the batch's lines are found through them: BATCH_LINES).
  SELECT b.bank_code, r.grp, gen_random_uuid() AS batch_id, sum(b.lines)::int AS line_count, sum(b.amount_fen)::bigint AS total_fen,
         range_agg(int8range(b.run * b.run_width, (b.run + 1) * b.run_width)) AS reference_ranges
  FROM buckets b JOIN runs r USING (bank_code, run) GROUP BY b.bank_code, r.grp
),
new_batches AS (
  INSERT INTO disbursement_batch (id, bank_code, month, sequence, status, line_count, total_fen, assembled_by, assembled_at, reference_ranges)
  SELECT g.batch_id, g.bank_code, $1, coalesce((SELECT max(d.sequence) FROM disbursement_batch d WHERE d.bank_code = g.bank_code AND d.month = $1), 0) + g.grp + 1,
         'ASSEMBLED', g.line_count, g.total_fen, $2, $3, g.reference_ranges
  FROM groups g
  RETURNING id, bank_code AS "bankCode", sequence, line_count AS "lineCount", total_fen AS "totalFen"
),
new_lines AS (
  INSERT INTO batch_line (reference, batch_id, account_id, account_number, holder_name, programme, period, amount_fen)
  SELECT c.reference, g.batch_id, c.account_id, c.account_number, c.holder_name, c.programme, c.period, c.amount_fen
  FROM cand c JOIN runs r ON r.bank_code = c.bank_code AND r.run = c.run JOIN groups g ON g.bank_code = r.bank_code AND g.grp = r.grp
  WHERE c.usable
),
held AS (
  INSERT INTO held_line (reference, reason, held_since, month, programme)
  SELECT c.reference, ${HOLD_REASON('c')}, $3, c.month, c.programme
  FROM cand c WHERE NOT c.usable
  ON CONFLICT (reference) DO UPDATE SET reason = EXCLUDED.reason
  RETURNING 1
),
unheld AS (
  DELETE FROM held_line h USING cand c WHERE h.reference = c.reference AND c.usable RETURNING 1
),
completed AS (
  UPDATE approval ap SET assembled_at = $3
  WHERE ap.month <= $1 AND ap.assembled_at IS NULL AND ap.chunk_count = (SELECT count(*) FROM approval_chunk c WHERE c.approval_id = ap.approval_id)
  RETURNING 1
)
SELECT (SELECT coalesce(json_agg(b ORDER BY b."bankCode", b.sequence), '[]'::json) FROM new_batches b) AS batches,
       (SELECT count(*) FROM held)::int AS held,
       (SELECT count(*) FROM unheld)::int AS unheld,
       (SELECT count(*) FROM completed)::int AS approvals`;

/**
 * Before batch $1 (bank $2) is written: a line whose account version is no longer the payee's
 * usable account in force is pointed at the account confirmed since, if that is at the same bank;
 * otherwise it leaves the batch and is held with the reason (ACCOUNT_MOVED_BANK lines join the
 * next assembly with their new bank). $3 = when.
 */
export const REFRESH_ACCOUNTS = `
WITH retired AS (
  SELECT id FROM payee_account WHERE status = 'SUPERSEDED' OR unusable_reason IS NOT NULL
),
stale AS MATERIALIZED (
  SELECT b.reference FROM ${BATCH_LINES('$1')} b WHERE b.account_id IN (SELECT id FROM retired)
),
fresh AS MATERIALIZED (
  SELECT s.reference, p.month, p.programme, p.payee_kind, p.payee_key,
         n.id AS account_id, n.bank_code, n.account_number, n.holder_name, n.unusable_reason,
         (n.id IS NOT NULL AND n.unusable_reason IS NULL AND n.bank_code = $2) AS stays
  FROM stale s JOIN payable_line p ON p.reference = s.reference
  LEFT JOIN payee_account n ON n.payee_kind = p.payee_kind AND n.payee_key = p.payee_key AND n.status = 'CONFIRMED'
),
repointed AS (
  UPDATE batch_line b SET account_id = f.account_id, account_number = f.account_number, holder_name = f.holder_name
  FROM fresh f WHERE b.reference = f.reference AND f.stays
  RETURNING b.reference
),
removed AS (
  DELETE FROM batch_line b USING fresh f WHERE b.reference = f.reference AND NOT f.stays
  RETURNING b.reference
),
held AS (
  INSERT INTO held_line (reference, reason, held_since, month, programme)
  SELECT f.reference, ${HOLD_REASON('f')}, $3, f.month, f.programme
  FROM fresh f WHERE NOT f.stays
  ON CONFLICT (reference) DO UPDATE SET reason = EXCLUDED.reason
)
SELECT (SELECT count(*) FROM repointed)::int AS repointed, (SELECT count(*) FROM removed)::int AS removed`;

/** A batch's lines as its file prints them, in reference order. */
export const FILE_LINES = `
SELECT reference::text, account_number AS "accountNumber", holder_name AS "holderName", amount_fen::float8 AS "amountFen", programme, period
FROM ${BATCH_LINES('$1')} b ORDER BY reference`;
