import { addPaymentOutcomeColumns, dropPaymentOutcomeColumns } from '@app/common/payables/payment-outcomes';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Maker and checker for the child allowance payroll: a record per (month, division run), RUN →
 * APPROVED by someone who never ran it; a line is released by the first approval covering it
 * (approval_id), so overlapping divisions never publish a line twice. 一卡通 on the lines: the
 * bank's outcome, and REISSUE lines paying a FAILED line again (at most once).
 */
export class AllowancePayrollApprovalAndPayments1764000800000 implements MigrationInterface {
  name = 'AllowancePayrollApprovalAndPayments1764000800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "allowance_payroll" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "month" char(7) NOT NULL,
        "scope" varchar(12) NOT NULL,
        "status" varchar(8) NOT NULL DEFAULT 'RUN' CHECK ("status" IN ('RUN', 'APPROVED')),
        "run_by" text[] NOT NULL,
        "approved_by" text NULL,
        "approved_on" date NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_allowance_payroll" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_allowance_payroll_month_scope" UNIQUE ("month", "scope")
      )`);
    await q.query(`ALTER TABLE "allowance_payment" ADD "approval_id" uuid NULL REFERENCES "allowance_payroll" ("id")`);
    await q.query(`CREATE INDEX "IDX_allowance_payment_approval" ON "allowance_payment" ("approval_id", "id")`);
    await addPaymentOutcomeColumns(q, 'allowance_payment');
    await q.query(`ALTER TABLE "allowance_payment" DROP CONSTRAINT "allowance_payment_kind_check"`);
    await q.query(`ALTER TABLE "allowance_payment" ADD CONSTRAINT "allowance_payment_kind_check" CHECK ("kind" IN ('REGULAR', 'ARREARS', 'REISSUE'))`);
    await q.query(`ALTER TABLE "allowance_payment" DROP CONSTRAINT "CHK_allowance_payment_paid_with"`);
    await q.query(
      `ALTER TABLE "allowance_payment" ADD CONSTRAINT "CHK_allowance_payment_paid_with" CHECK (("kind" = 'REGULAR' AND "paid_with_month" = "month") OR ("kind" IN ('ARREARS', 'REISSUE') AND "paid_with_month" >= "month"))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM "allowance_payment" WHERE "kind" = 'REISSUE'`);
    await q.query(`ALTER TABLE "allowance_payment" DROP CONSTRAINT "CHK_allowance_payment_paid_with"`);
    await q.query(`ALTER TABLE "allowance_payment" ADD CONSTRAINT "CHK_allowance_payment_paid_with" CHECK (("kind" = 'REGULAR' AND "paid_with_month" = "month") OR ("kind" = 'ARREARS' AND "paid_with_month" >= "month"))`);
    await q.query(`ALTER TABLE "allowance_payment" DROP CONSTRAINT "allowance_payment_kind_check"`);
    await q.query(`ALTER TABLE "allowance_payment" ADD CONSTRAINT "allowance_payment_kind_check" CHECK ("kind" IN ('REGULAR', 'ARREARS'))`);
    await dropPaymentOutcomeColumns(q, 'allowance_payment');
    await q.query(`DROP INDEX "IDX_allowance_payment_approval"`);
    await q.query(`ALTER TABLE "allowance_payment" DROP COLUMN "approval_id"`);
    await q.query(`DROP TABLE "allowance_payroll"`);
  }
}
