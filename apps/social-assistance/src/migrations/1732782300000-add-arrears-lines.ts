import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Arrears (补发) lines carry the month they belong to and are paid by the next payroll run
 * (payroll_id set then). Regular lines stay unique by (case, month).
 */
export class AddArrearsLines1732782300000 implements MigrationInterface {
  name = 'AddArrearsLines1732782300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "payment_line" ADD COLUMN "kind" varchar(8) NOT NULL DEFAULT 'REGULAR' CHECK ("kind" IN ('REGULAR', 'ARREARS'))`);
    await q.query(`ALTER TABLE "payment_line" ALTER COLUMN "payroll_id" DROP NOT NULL`);
    await q.query(`ALTER TABLE "payment_line" DROP CONSTRAINT "UQ_payment_line_case_month"`);
    await q.query(`CREATE UNIQUE INDEX "UQ_payment_line_case_month" ON "payment_line" ("case_id", "month") WHERE "kind" = 'REGULAR'`);
    await q.query(`CREATE INDEX "IDX_payment_line_pending" ON "payment_line" ("case_id") WHERE "payroll_id" IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM "payment_line" WHERE "kind" = 'ARREARS'`);
    await q.query(`DROP INDEX "IDX_payment_line_pending"`);
    await q.query(`DROP INDEX "UQ_payment_line_case_month"`);
    await q.query(`ALTER TABLE "payment_line" ADD CONSTRAINT "UQ_payment_line_case_month" UNIQUE ("case_id", "month")`);
    await q.query(`ALTER TABLE "payment_line" ALTER COLUMN "payroll_id" SET NOT NULL`);
    await q.query(`ALTER TABLE "payment_line" DROP COLUMN "kind"`);
  }
}
