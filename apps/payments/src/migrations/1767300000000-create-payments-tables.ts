import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The payments service (一卡通): banks and their file layouts, payee accounts with their history,
 * approved payable lines in chunks, disbursement batches with their bank files, bank return files.
 *
 * Write costs were measured for a million-line month (bench/payments): a payable line is written
 * once, when its chunk arrives, and never updated; what happens to it later lives in narrow
 * tables keyed by its bank `reference` (a sequence, so their indexes grow at the right edge):
 * `batch_line` when it is batched, `held_line` while it waits for an account. An UPDATE of every
 * line at assembly cost twice an INSERT of the narrow rows.
 */
export class CreatePaymentsTables1767300000000 implements MigrationInterface {
  name = 'CreatePaymentsTables1767300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION payments_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% rows are never changed: add a new one', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
      END $$`);

    // Banks and their layouts are reference data; a layout is versioned, never edited, so a
    // released batch's file can always be rendered again from the version it used.
    await q.query(`
      CREATE TABLE bank (
        code varchar(16) PRIMARY KEY,
        name varchar(100) NOT NULL,
        personal_account jsonb NOT NULL,
        corporate_account jsonb NOT NULL,
        max_lines_per_file integer NOT NULL CHECK (max_lines_per_file > 0),
        created_by varchar(200) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE bank_layout (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        bank_code varchar(16) NOT NULL REFERENCES bank (code),
        version integer NOT NULL CHECK (version > 0),
        layout jsonb NOT NULL,
        return_layout jsonb NOT NULL,
        note text,
        created_by varchar(200) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "UQ_bank_layout_version" UNIQUE (bank_code, version)
      )`);
    await q.query(`CREATE TRIGGER bank_layout_immutable BEFORE UPDATE OR DELETE ON bank_layout FOR EACH ROW EXECUTE FUNCTION payments_immutable()`);

    // A payee's accounts, every version kept: at most one CONFIRMED (in force) and one PROPOSED
    // (awaiting a second person) per payee, enforced here so two confirmations cannot both win.
    await q.query(`
      CREATE TABLE payee_account_import (
        id uuid PRIMARY KEY,
        format varchar(8) NOT NULL,
        imported_by varchar(200) NOT NULL,
        imported_at timestamptz NOT NULL,
        accepted integer NOT NULL,
        refused integer NOT NULL,
        confirmed_by varchar(200),
        confirmed_at timestamptz,
        confirmed integer
      )`);
    await q.query(`
      CREATE TABLE payee_account (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY,
        payee_kind varchar(12) NOT NULL CHECK (payee_kind IN ('PERSON', 'ORGANISATION')),
        payee_key varchar(36) NOT NULL,
        organisation_name varchar(200),
        division_code varchar(12) NOT NULL,
        bank_code varchar(16) NOT NULL REFERENCES bank (code),
        account_number varchar(32) NOT NULL,
        holder_name varchar(100) NOT NULL,
        evidence_note text NOT NULL,
        evidence_reference varchar(200),
        status varchar(12) NOT NULL CHECK (status IN ('PROPOSED', 'CONFIRMED', 'SUPERSEDED', 'REJECTED')),
        import_id uuid REFERENCES payee_account_import (id),
        proposed_by varchar(200) NOT NULL,
        proposed_at timestamptz NOT NULL,
        decided_by varchar(200),
        decided_at timestamptz,
        rejection_reason text,
        superseded_at timestamptz,
        unusable_reason varchar(20) CHECK (unusable_reason IN ('ACCOUNT_CLOSED', 'NAME_MISMATCH', 'ACCOUNT_FROZEN', 'ACCOUNT_NOT_FOUND')),
        unusable_since timestamptz,
        unusable_return_file_id uuid
      )`);
    await q.query(`CREATE UNIQUE INDEX "UQ_payee_account_in_force" ON payee_account (payee_kind, payee_key) WHERE status = 'CONFIRMED'`);
    await q.query(`CREATE UNIQUE INDEX "UQ_payee_account_open_proposal" ON payee_account (payee_kind, payee_key) WHERE status = 'PROPOSED'`);
    await q.query(`CREATE INDEX "IDX_payee_account_payee" ON payee_account (payee_kind, payee_key, seq)`);
    await q.query(`CREATE INDEX "IDX_payee_account_import" ON payee_account (import_id) WHERE import_id IS NOT NULL`);
    await q.query(`CREATE INDEX "IDX_payee_account_proposals" ON payee_account (seq) WHERE status = 'PROPOSED'`);
    // Accounts no longer to be paid into: a batch's lines are checked against these at release.
    await q.query(`CREATE INDEX "IDX_payee_account_retired" ON payee_account (id) WHERE status = 'SUPERSEDED' OR unusable_reason IS NOT NULL`);

    // An approval of a programme arrives in chunks; each chunk is recorded once with its counts.
    await q.query(`
      CREATE TABLE approval (
        approval_id uuid PRIMARY KEY,
        owner_service varchar(30) NOT NULL,
        month char(7) NOT NULL,
        approved_by varchar(200) NOT NULL,
        chunk_count integer NOT NULL CHECK (chunk_count > 0),
        first_received_at timestamptz NOT NULL DEFAULT now(),
        assembled_at timestamptz
      )`);
    await q.query(`CREATE INDEX "IDX_approval_month" ON approval (month)`);
    await q.query(`CREATE INDEX "IDX_approval_to_assemble" ON approval (month) WHERE assembled_at IS NULL`);
    await q.query(`
      CREATE TABLE approval_chunk (
        approval_id uuid NOT NULL REFERENCES approval (approval_id),
        chunk_index integer NOT NULL,
        event_id uuid NOT NULL,
        line_count integer NOT NULL,
        amount_fen bigint NOT NULL,
        new_lines integer NOT NULL,
        new_amount_fen bigint NOT NULL,
        refused_lines integer NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (approval_id, chunk_index)
      )`);

    // One row per approved line, written once. `refusal` is set when a re-issue is refused.
    await q.query(`
      CREATE TABLE payable_line (
        line_id uuid PRIMARY KEY,
        reference bigint GENERATED ALWAYS AS IDENTITY,
        approval_id uuid NOT NULL,
        owner_service varchar(30) NOT NULL,
        programme varchar(32) NOT NULL,
        period char(7) NOT NULL,
        month char(7) NOT NULL,
        payee_kind varchar(12) NOT NULL,
        payee_key varchar(36) NOT NULL,
        organisation_name varchar(200),
        amount_fen bigint NOT NULL CHECK (amount_fen > 0),
        reissue_of uuid,
        refusal varchar(24) CHECK (refusal IN ('ORIGINAL_UNKNOWN', 'ORIGINAL_NOT_FAILED', 'ALREADY_REISSUED')),
        received_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "UQ_payable_line_reference" UNIQUE (reference)
      )`);
    // A failed line is re-issued at most once: the second re-issue is refused, never paid.
    await q.query(`CREATE UNIQUE INDEX "UQ_payable_line_one_reissue" ON payable_line (reissue_of) WHERE reissue_of IS NOT NULL AND refusal IS NULL`);
    await q.query(`CREATE INDEX "IDX_payable_line_approval" ON payable_line (approval_id)`);
    await q.query(`CREATE INDEX "IDX_payable_line_refused" ON payable_line (received_at) WHERE refusal IS NOT NULL`);

    await q.query(`
      CREATE TABLE disbursement_batch (
        id uuid PRIMARY KEY,
        bank_code varchar(16) NOT NULL REFERENCES bank (code),
        month char(7) NOT NULL,
        sequence integer NOT NULL,
        status varchar(12) NOT NULL CHECK (status IN ('ASSEMBLED', 'RELEASED', 'RETURNED', 'EMPTIED')),
        line_count integer NOT NULL,
        total_fen bigint NOT NULL,
        assembled_by varchar(200) NOT NULL,
        assembled_at timestamptz NOT NULL,
        released_by varchar(200),
        released_at timestamptz,
        released_on date,
        layout_id uuid REFERENCES bank_layout (id),
        CONSTRAINT "UQ_batch_bank_month_sequence" UNIQUE (bank_code, month, sequence)
      )`);
    await q.query(`CREATE INDEX "IDX_batch_month" ON disbursement_batch (month, bank_code, sequence)`);
    // What the bank was (or will be) sent for a line: the line's amount, programme and period, the
    // account version in force and its number and holder. No foreign keys: the assembly writes a
    // month's rows in one statement together with their batches, and a key check per row doubled it.
    await q.query(`
      CREATE TABLE batch_line (
        reference bigint PRIMARY KEY,
        batch_id uuid NOT NULL,
        account_id uuid NOT NULL,
        account_number varchar(32) NOT NULL,
        holder_name varchar(100) NOT NULL,
        programme varchar(32) NOT NULL,
        period char(7) NOT NULL,
        amount_fen bigint NOT NULL,
        outcome varchar(8) CHECK (outcome IN ('PAID', 'FAILED')),
        failure_reason varchar(20),
        bank_message text,
        returned_on date,
        return_file_id uuid
      )`);
    await q.query(`CREATE INDEX "IDX_batch_line_batch" ON batch_line (batch_id, reference)`);
    await q.query(`
      CREATE TABLE held_line (
        reference bigint PRIMARY KEY,
        reason varchar(32) NOT NULL,
        held_since timestamptz NOT NULL,
        month char(7) NOT NULL,
        programme varchar(32) NOT NULL
      )`);
    await q.query(`CREATE INDEX "IDX_held_line_list" ON held_line (month, programme, reference)`);

    // A released batch's file as it was sent, never edited; its hash proves a re-render identical.
    await q.query(`
      CREATE TABLE bank_file (
        batch_id uuid PRIMARY KEY REFERENCES disbursement_batch (id),
        layout_id uuid NOT NULL REFERENCES bank_layout (id),
        file_name varchar(200) NOT NULL,
        content bytea NOT NULL,
        sha256 char(64) NOT NULL,
        line_count integer NOT NULL,
        total_fen bigint NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE TRIGGER bank_file_immutable BEFORE UPDATE OR DELETE ON bank_file FOR EACH ROW EXECUTE FUNCTION payments_immutable()`);

    // A bank's return file, kept as received; its hash makes the same file twice change nothing.
    await q.query(`
      CREATE TABLE return_file (
        id uuid PRIMARY KEY,
        bank_code varchar(16) NOT NULL REFERENCES bank (code),
        sha256 char(64) NOT NULL,
        content bytea NOT NULL,
        value_date date NOT NULL,
        received_by varchar(200) NOT NULL,
        received_at timestamptz NOT NULL,
        line_count integer NOT NULL,
        total_fen bigint NOT NULL,
        paid_lines integer NOT NULL,
        paid_fen bigint NOT NULL,
        failed_lines integer NOT NULL,
        failed_fen bigint NOT NULL,
        reported jsonb NOT NULL,
        CONSTRAINT "UQ_return_file_sha256" UNIQUE (sha256)
      )`);
    await q.query(`CREATE TRIGGER return_file_immutable BEFORE UPDATE OR DELETE ON return_file FOR EACH ROW EXECUTE FUNCTION payments_immutable()`);
    // Files compress with lz4 where the server has it (PostgreSQL 14+ built --with-lz4, as the
    // postgres:15 image is): storing a 50,000-line file took 60 ms with the default pglz, 10 with lz4.
    const [{ lz4 }] = await q.query(`SELECT 'lz4' = ANY (enumvals) AS lz4 FROM pg_settings WHERE name = 'default_toast_compression'`);
    if (lz4) {
      await q.query(`ALTER TABLE bank_file ALTER COLUMN content SET COMPRESSION lz4`);
      await q.query(`ALTER TABLE return_file ALTER COLUMN content SET COMPRESSION lz4`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['return_file', 'bank_file', 'held_line', 'batch_line', 'disbursement_batch', 'payable_line', 'approval_chunk', 'approval', 'payee_account', 'payee_account_import', 'bank_layout', 'bank']) {
      await q.query(`DROP TABLE ${table}`);
    }
    await q.query(`DROP FUNCTION payments_immutable()`);
  }
}
