import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Approved requests of the programmes to recover (冲正) an overpayment from the payee's 一卡通
 * account, taken once each (unique by the programme's recovery id). Whether a request can go to
 * the bank is read from the payee's accounts as they stand, never stored: a request waits while
 * the payee has no confirmed, usable account, and is listed as held.
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
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "recovery_request"`);
  }
}
