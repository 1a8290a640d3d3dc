import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A canteen's optional reference code (reference data loads are idempotent by it), local
 * registration of diners (DOMAIN §7), the maker of a settlement (maker and checker), and
 * correction lines: a meal voided after its month was approved is taken back in a later
 * settlement of the canteen, so a line may now exist twice per meal (its claim and its correction).
 */
export class CanteenRulesAndCorrections1732781000001 implements MigrationInterface {
  name = 'CanteenRulesAndCorrections1732781000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "canteen" ADD COLUMN "code" varchar(40) NULL`);
    await queryRunner.query(`ALTER TABLE "canteen" ADD CONSTRAINT "UQ_canteen_code" UNIQUE ("code")`);
    await queryRunner.query(`ALTER TABLE "diner" ADD COLUMN "local_registration" boolean NOT NULL DEFAULT true`);
    await queryRunner.query(`ALTER TABLE "settlement" ADD COLUMN "opened_by" varchar(200) NULL`);
    await queryRunner.query(`ALTER TABLE "settlement_line" ADD COLUMN "kind" varchar(12) NOT NULL DEFAULT 'CLAIM'`);
    await queryRunner.query(`ALTER TABLE "settlement_line" ADD COLUMN "corrects_settlement_id" uuid NULL REFERENCES "settlement" ("id")`);
    await queryRunner.query(`ALTER TABLE "settlement_line" DROP CONSTRAINT "UQ_settlement_line_meal"`);
    await queryRunner.query(`ALTER TABLE "settlement_line" ADD CONSTRAINT "UQ_settlement_line_meal_kind" UNIQUE ("meal_id", "kind")`);
    await queryRunner.query(`ALTER TABLE "settlement_line" ADD CONSTRAINT "CHK_settlement_line_kind" CHECK ("kind" IN ('CLAIM', 'CORRECTION'))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "settlement_line" WHERE "kind" = 'CORRECTION'`);
    await queryRunner.query(`ALTER TABLE "settlement_line" DROP CONSTRAINT "CHK_settlement_line_kind"`);
    await queryRunner.query(`ALTER TABLE "settlement_line" DROP CONSTRAINT "UQ_settlement_line_meal_kind"`);
    await queryRunner.query(`ALTER TABLE "settlement_line" ADD CONSTRAINT "UQ_settlement_line_meal" UNIQUE ("meal_id")`);
    await queryRunner.query(`ALTER TABLE "settlement_line" DROP COLUMN "corrects_settlement_id"`);
    await queryRunner.query(`ALTER TABLE "settlement_line" DROP COLUMN "kind"`);
    await queryRunner.query(`ALTER TABLE "settlement" DROP COLUMN "opened_by"`);
    await queryRunner.query(`ALTER TABLE "diner" DROP COLUMN "local_registration"`);
    await queryRunner.query(`ALTER TABLE "canteen" DROP COLUMN "code"`);
  }
}
