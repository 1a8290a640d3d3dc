import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 低保 investigation and public notice (公示): the status IN_PUBLIC_NOTICE (longer than the
 * 10 characters allowed so far), the investigation outcome and who recorded it, when the notice
 * was posted and its last day, and the objections raised during it. Cases already APPLIED stay
 * APPLIED and go through the notice like new ones.
 */
export class AddPublicNotice1764000200000 implements MigrationInterface {
  name = 'AddPublicNotice1764000200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "assistance_case" ALTER COLUMN "status" TYPE varchar(20)`);
    await q.query(`ALTER TABLE "assistance_case" ADD COLUMN "investigation" text NULL, ADD COLUMN "investigated_by" text NULL,
      ADD COLUMN "notice_started_on" date NULL, ADD COLUMN "notice_ends_on" date NULL`);
    await q.query(`
      CREATE TABLE "public_notice_objection" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "case_id" uuid NOT NULL REFERENCES "assistance_case" ("id"),
        "raised_by" text NOT NULL,
        "raised_on" date NOT NULL,
        "objection" text NOT NULL,
        "resolved_by" text NULL,
        "resolved_on" date NULL,
        "resolution" text NULL,
        CONSTRAINT "PK_public_notice_objection" PRIMARY KEY ("id")
      )`);
    await q.query(`CREATE INDEX "IDX_public_notice_objection_case" ON "public_notice_objection" ("case_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "public_notice_objection"`);
    await q.query(`UPDATE "assistance_case" SET "status" = 'APPLIED' WHERE "status" = 'IN_PUBLIC_NOTICE'`);
    await q.query(`ALTER TABLE "assistance_case" DROP COLUMN "investigation", DROP COLUMN "investigated_by", DROP COLUMN "notice_started_on", DROP COLUMN "notice_ends_on"`);
    await q.query(`ALTER TABLE "assistance_case" ALTER COLUMN "status" TYPE varchar(10)`);
  }
}
