import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Recovery (冲正) of an overpayment through the 一卡通 account it was paid to: the current attempt
 * on the overpayment itself (REQUESTED → APPROVED → RECOVERED / FAILED), one open attempt at a time
 * by construction; every attempt is in the audit log. A FAILED attempt may be asked again under a
 * new recovery id.
 */
export class OverpaymentRecovery1764000900000 implements MigrationInterface {
  name = 'OverpaymentRecovery1764000900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE "overpayment"
        ADD COLUMN "recovery_id" uuid NULL,
        ADD COLUMN "recovery_status" varchar(10) NULL CHECK ("recovery_status" IN ('REQUESTED', 'APPROVED', 'RECOVERED', 'FAILED')),
        ADD COLUMN "recovery_requested_by" text NULL,
        ADD COLUMN "recovery_requested_on" date NULL,
        ADD COLUMN "recovery_approved_by" text NULL,
        ADD COLUMN "recovery_approved_on" date NULL,
        ADD COLUMN "recovery_settled_on" date NULL,
        ADD COLUMN "recovery_failure_reason" varchar(20) NULL,
        ADD COLUMN "recovery_bank_message" text NULL`);
    await q.query(`CREATE UNIQUE INDEX "UQ_overpayment_recovery_id" ON "overpayment" ("recovery_id") WHERE "recovery_id" IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "UQ_overpayment_recovery_id"`);
    for (const column of ['recovery_id', 'recovery_status', 'recovery_requested_by', 'recovery_requested_on', 'recovery_approved_by', 'recovery_approved_on', 'recovery_settled_on', 'recovery_failure_reason', 'recovery_bank_message']) {
      await q.query(`ALTER TABLE "overpayment" DROP COLUMN "${column}"`);
    }
  }
}
