import { addPaymentOutcomeColumns, dropPaymentOutcomeColumns } from '@app/common/payables/payment-outcomes';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Maker and checker for the monthly payroll (one record per month, RUN → APPROVED, approved by
 * someone who never ran it), and 一卡通 on its lines: the bank's outcome, and REISSUE lines paying
 * a FAILED line again (at most once). Lines are read per payroll month in id order when published.
 */
export class PayrollApprovalAndPayments1764000800000 implements MigrationInterface {
  name = 'PayrollApprovalAndPayments1764000800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "payroll" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "month" char(7) NOT NULL,
        "status" varchar(8) NOT NULL DEFAULT 'RUN' CHECK ("status" IN ('RUN', 'APPROVED')),
        "run_by" text[] NOT NULL,
        "approved_by" text NULL,
        "approved_on" date NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_payroll" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_payroll_month" UNIQUE ("month")
      )`);
    // Months run before approval existed: one record each, run by whoever it was.
    await q.query(`INSERT INTO "payroll" ("month", "run_by") SELECT DISTINCT "paid_in_month", ARRAY['unknown'] FROM "allowance_payment"`);
    await addPaymentOutcomeColumns(q, 'allowance_payment');
    await q.query(`ALTER TABLE "allowance_payment" DROP CONSTRAINT "allowance_payment_line_type_check"`);
    await q.query(`ALTER TABLE "allowance_payment" ADD CONSTRAINT "allowance_payment_line_type_check" CHECK ("line_type" IN ('REGULAR', 'ARREARS', 'REISSUE'))`);
    await q.query(`CREATE INDEX "IX_allowance_payment_paid_in_id" ON "allowance_payment" ("paid_in_month", "id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IX_allowance_payment_paid_in_id"`);
    await q.query(`DELETE FROM "allowance_payment" WHERE "line_type" = 'REISSUE'`);
    await q.query(`ALTER TABLE "allowance_payment" DROP CONSTRAINT "allowance_payment_line_type_check"`);
    await q.query(`ALTER TABLE "allowance_payment" ADD CONSTRAINT "allowance_payment_line_type_check" CHECK ("line_type" IN ('REGULAR', 'ARREARS'))`);
    await dropPaymentOutcomeColumns(q, 'allowance_payment');
    await q.query(`DROP TABLE "payroll"`);
  }
}
