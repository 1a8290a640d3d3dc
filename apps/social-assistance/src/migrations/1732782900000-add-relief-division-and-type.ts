import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Temporary relief and vagrant cases record the division that handles them (writes and reads
 * follow the division tree, DOMAIN §9). Temporary relief gets its type (emergency 急难型 or
 * expenditure 支出型) and, for a grant paid first, when it was documented afterwards. Rows
 * recorded before this change have no division and stay visible only to a platform-wide caller.
 */
export class AddReliefDivisionAndType1732782900000 implements MigrationInterface {
  name = 'AddReliefDivisionAndType1732782900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE "temporary_relief"
        ADD COLUMN "region_code" varchar(12) NULL,
        ADD COLUMN "relief_type" varchar(11) NOT NULL DEFAULT 'EXPENDITURE' CHECK ("relief_type" IN ('EMERGENCY', 'EXPENDITURE')),
        ADD COLUMN "paid_first" boolean NOT NULL DEFAULT false,
        ADD COLUMN "documented_on" date NULL,
        ADD COLUMN "documented_by" text NULL,
        ADD COLUMN "documentation_note" text NULL`);
    await q.query(`UPDATE "temporary_relief" SET "documented_on" = "granted_on", "documented_by" = "granted_by"`);
    await q.query(`CREATE INDEX "IDX_temporary_relief_undocumented" ON "temporary_relief" ("granted_on") WHERE "documented_on" IS NULL`);
    await q.query(`ALTER TABLE "vagrant_case" ADD COLUMN "region_code" varchar(12) NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "vagrant_case" DROP COLUMN "region_code"`);
    await q.query(`DROP INDEX "IDX_temporary_relief_undocumented"`);
    await q.query(`
      ALTER TABLE "temporary_relief"
        DROP COLUMN "region_code", DROP COLUMN "relief_type", DROP COLUMN "paid_first",
        DROP COLUMN "documented_on", DROP COLUMN "documented_by", DROP COLUMN "documentation_note"`);
  }
}
