import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Arrears (补发) of the child allowance: a line of kind ARREARS carries the month it belongs to
 * and the payroll month that paid it (`paid_with_month`). Regular lines stay unique per
 * (child, month); a month may have arrears lines besides.
 */
export class AddAllowanceArrears1764000420000 implements MigrationInterface {
  name = 'AddAllowanceArrears1764000420000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "allowance_payment" ADD "kind" varchar(8) NOT NULL DEFAULT 'REGULAR' CHECK ("kind" IN ('REGULAR', 'ARREARS'))`);
    await queryRunner.query(`ALTER TABLE "allowance_payment" ADD "paid_with_month" char(7) NULL CHECK ("paid_with_month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$')`);
    await queryRunner.query(`UPDATE "allowance_payment" SET "paid_with_month" = "month"`);
    await queryRunner.query(`ALTER TABLE "allowance_payment" ALTER COLUMN "paid_with_month" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "allowance_payment" ADD CONSTRAINT "CHK_allowance_payment_paid_with" CHECK (("kind" = 'REGULAR' AND "paid_with_month" = "month") OR ("kind" = 'ARREARS' AND "paid_with_month" >= "month"))`);
    await queryRunner.query(`ALTER TABLE "allowance_payment" DROP CONSTRAINT "UQ_allowance_payment_child_month"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_allowance_payment_child_month" ON "allowance_payment" ("child_id", "month") WHERE "kind" = 'REGULAR'`);
    await queryRunner.query(`CREATE INDEX "IDX_allowance_payment_paid_with" ON "allowance_payment" ("paid_with_month", "village_code") WHERE "kind" = 'ARREARS'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "allowance_payment" WHERE "kind" = 'ARREARS'`);
    await queryRunner.query(`DROP INDEX "IDX_allowance_payment_paid_with"`);
    await queryRunner.query(`DROP INDEX "UQ_allowance_payment_child_month"`);
    await queryRunner.query(`ALTER TABLE "allowance_payment" ADD CONSTRAINT "UQ_allowance_payment_child_month" UNIQUE ("child_id", "month")`);
    await queryRunner.query(`ALTER TABLE "allowance_payment" DROP CONSTRAINT "CHK_allowance_payment_paid_with"`);
    await queryRunner.query(`ALTER TABLE "allowance_payment" DROP COLUMN "paid_with_month"`);
    await queryRunner.query(`ALTER TABLE "allowance_payment" DROP COLUMN "kind"`);
  }
}
