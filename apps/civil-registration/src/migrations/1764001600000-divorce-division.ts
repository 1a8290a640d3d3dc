import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A divorce application records the division of the office that received it, as marriages and
 * deaths do, so that the cooling-off work list shows each office its own. Applications received
 * before take the division of the office that registered the marriage, the best record there is.
 */
export class DivorceDivision1764001600000 implements MigrationInterface {
  name = 'DivorceDivision1764001600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "divorce" ADD COLUMN "division_code" varchar(12) NULL`);
    await queryRunner.query(`UPDATE "divorce" d SET "division_code" = m."division_code" FROM "marriage" m WHERE m."id" = d."marriage_id"`);
    await queryRunner.query(`ALTER TABLE "divorce" ALTER COLUMN "division_code" SET NOT NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_divorce_division" ON "divorce" ("division_code", "applied_on")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_divorce_division"`);
    await queryRunner.query(`ALTER TABLE "divorce" DROP COLUMN "division_code"`);
  }
}
