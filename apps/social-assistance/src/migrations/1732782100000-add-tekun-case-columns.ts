import type { MigrationInterface, QueryRunner } from 'typeorm';

/** 特困 cases cover one person of a household, with a care form and a care level. */
export class AddTekunCaseColumns1732782100000 implements MigrationInterface {
  name = 'AddTekunCaseColumns1732782100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE "assistance_case"
        ADD COLUMN "resident_id" varchar(18) NULL,
        ADD COLUMN "care_form" varchar(10) NULL CHECK ("care_form" IN ('CENTRAL', 'DISPERSED')),
        ADD COLUMN "care_level" varchar(20) NULL`);
    await q.query(`CREATE INDEX "IDX_assistance_case_resident" ON "assistance_case" ("resident_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_assistance_case_resident"`);
    await q.query(`ALTER TABLE "assistance_case" DROP COLUMN "resident_id", DROP COLUMN "care_form", DROP COLUMN "care_level"`);
  }
}
