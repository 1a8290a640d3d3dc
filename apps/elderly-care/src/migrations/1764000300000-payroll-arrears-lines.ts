import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Payment lines become regular (one per allowance and month, as before) or arrears (补发: the
 * difference to a figure raised after the month was paid, one per figure), and record the payroll
 * month that paid them: back months of a late grant and arrears belong to their own month.
 */
export class PayrollArrearsLines1764000300000 implements MigrationInterface {
  name = 'PayrollArrearsLines1764000300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE "allowance_payment"
        ADD COLUMN "line_type" varchar(10) NOT NULL DEFAULT 'REGULAR' CHECK ("line_type" IN ('REGULAR', 'ARREARS')),
        ADD COLUMN "paid_in_month" char(7),
        ADD COLUMN "due_fen" integer NULL CHECK ("due_fen" >= 0)`);
    await q.query(`UPDATE "allowance_payment" SET "paid_in_month" = "month"`);
    await q.query(`ALTER TABLE "allowance_payment" ALTER COLUMN "paid_in_month" SET NOT NULL`);
    await q.query(`ALTER TABLE "allowance_payment" ADD CONSTRAINT "CK_allowance_payment_due" CHECK (("line_type" = 'ARREARS') = ("due_fen" IS NOT NULL))`);
    await q.query(`ALTER TABLE "allowance_payment" DROP CONSTRAINT "UQ_allowance_payment_month"`);
    await q.query(`CREATE UNIQUE INDEX "UQ_allowance_payment_month" ON "allowance_payment" ("allowance_id", "month") WHERE "line_type" = 'REGULAR'`);
    await q.query(`CREATE UNIQUE INDEX "UQ_allowance_payment_arrears" ON "allowance_payment" ("allowance_id", "month", "due_fen") WHERE "line_type" = 'ARREARS'`);
    await q.query(`CREATE INDEX "IX_allowance_payment_paid_in" ON "allowance_payment" ("paid_in_month")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM "allowance_payment" WHERE "line_type" = 'ARREARS'`);
    await q.query(`DROP INDEX "IX_allowance_payment_paid_in"`);
    await q.query(`DROP INDEX "UQ_allowance_payment_arrears"`);
    await q.query(`DROP INDEX "UQ_allowance_payment_month"`);
    await q.query(`ALTER TABLE "allowance_payment" DROP CONSTRAINT "CK_allowance_payment_due"`);
    await q.query(`ALTER TABLE "allowance_payment" ADD CONSTRAINT "UQ_allowance_payment_month" UNIQUE ("allowance_id", "month")`);
    await q.query(`ALTER TABLE "allowance_payment" DROP COLUMN "line_type", DROP COLUMN "paid_in_month", DROP COLUMN "due_fen"`);
  }
}
