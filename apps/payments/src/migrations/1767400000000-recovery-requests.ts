import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Approved requests of the programmes to recover (冲正) an overpayment from the payee's 一卡通
 * account, taken once each (unique by the programme's recovery id). Whether a request can go to
 * the bank is read from the payee's accounts as they stand, never stored: a request waits while
 * the payee has no confirmed, usable account, and is listed as held. Finance assembles the
 * requests that can go into one recovery batch per bank and month (recovery_line keeps the account
 * debited), a second finance officer releases it as the bank's file, and the bank's return file
 * settles each line RECOVERED or FAILED. Recovery references start at 9,000,000,000,000,001 so a
 * return file can never confuse one with a disbursement line's reference.
 */
export class RecoveryRequests1767400000000 implements MigrationInterface {
  name = 'RecoveryRequests1767400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "recovery_request" (
        "recovery_id" uuid NOT NULL,
        "owner_service" varchar(40) NOT NULL,
        "overpayment_id" uuid NOT NULL,
        "programme" varchar(40) NOT NULL,
        "resident_id" char(18) NOT NULL,
        "amount_fen" bigint NOT NULL CHECK ("amount_fen" > 0),
        "periods" char(7)[] NOT NULL,
        "payment_line_ids" uuid[] NOT NULL,
        "requested_by" text NOT NULL,
        "approved_by" text NOT NULL,
        "event_id" uuid NOT NULL,
        "received_at" timestamptz NOT NULL,
        CONSTRAINT "PK_recovery_request" PRIMARY KEY ("recovery_id")
      )`);
    await q.query(`CREATE INDEX "IX_recovery_request_resident" ON "recovery_request" ("resident_id")`);
    await q.query(`CREATE INDEX "IX_recovery_request_received" ON "recovery_request" ("received_at", "recovery_id")`);
    await q.query(`
      CREATE TABLE "recovery_batch" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "bank_code" varchar(20) NOT NULL,
        "month" char(7) NOT NULL,
        "sequence" integer NOT NULL,
        "status" varchar(10) NOT NULL CHECK ("status" IN ('ASSEMBLED', 'RELEASED')),
        "line_count" integer NOT NULL,
        "total_fen" bigint NOT NULL,
        "assembled_by" text NOT NULL,
        "assembled_at" timestamptz NOT NULL,
        "released_by" text NULL,
        "released_on" date NULL,
        "layout_id" uuid NULL,
        "file_name" text NULL,
        "content" bytea NULL,
        "sha256" char(64) NULL,
        CONSTRAINT "PK_recovery_batch" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_recovery_batch_no" UNIQUE ("bank_code", "month", "sequence")
      )`);
    await q.query(`
      CREATE TABLE "recovery_line" (
        "reference" bigint GENERATED ALWAYS AS IDENTITY (START WITH 9000000000000001),
        "recovery_id" uuid NOT NULL REFERENCES "recovery_request" ("recovery_id"),
        "batch_id" uuid NOT NULL REFERENCES "recovery_batch" ("id"),
        "account_id" uuid NOT NULL,
        "account_number" varchar NOT NULL,
        "holder_name" varchar NOT NULL,
        "outcome" varchar(10) NULL CHECK ("outcome" IN ('RECOVERED', 'FAILED')),
        "reason" varchar(20) NULL,
        "bank_message" text NULL,
        "return_sha256" char(64) NULL,
        CONSTRAINT "PK_recovery_line" PRIMARY KEY ("reference"),
        CONSTRAINT "UQ_recovery_line_request" UNIQUE ("recovery_id")
      )`);
    await q.query(`CREATE INDEX "IX_recovery_line_batch" ON "recovery_line" ("batch_id", "reference")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "recovery_line"`);
    await q.query(`DROP TABLE "recovery_batch"`);
    await q.query(`DROP TABLE "recovery_request"`);
  }
}
