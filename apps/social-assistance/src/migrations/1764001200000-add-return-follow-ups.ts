import type { MigrationInterface, QueryRunner } from 'typeorm';

/** 回归稳固: assessments of returnees after a vagrant case ended with the return home, and supervisors' closures of their follow-up. */
export class AddReturnFollowUps1764001200000 implements MigrationInterface {
  name = 'AddReturnFollowUps1764001200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "return_assessment" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "vagrant_case_id" uuid NOT NULL REFERENCES "vagrant_case" ("id"),
        "sequence" int NOT NULL CHECK ("sequence" >= 1),
        "assessed_on" date NOT NULL,
        "method" varchar(20) NOT NULL CHECK ("method" IN ('HOME_VISIT', 'PHONE', 'VILLAGE_COMMITTEE')),
        "situation" varchar(12) NOT NULL CHECK ("situation" IN ('SETTLED', 'AT_RISK', 'LEFT_AGAIN', 'UNREACHABLE')),
        "needs" text[] NOT NULL,
        "referrals" text[] NOT NULL,
        "temporary_relief_id" uuid REFERENCES "temporary_relief" ("id"),
        "follow_up_on" date,
        "note" text,
        "assessed_by" text NOT NULL,
        "recorded_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "UQ_return_assessment_step" UNIQUE ("vagrant_case_id", "sequence"),
        CHECK ("situation" NOT IN ('AT_RISK', 'UNREACHABLE') OR "follow_up_on" IS NOT NULL),
        CHECK ("follow_up_on" IS NULL OR "follow_up_on" > "assessed_on")
      )`);
    await q.query(`CREATE INDEX "IDX_return_assessment_assessed_on" ON "return_assessment" ("assessed_on")`);
    await q.query(`
      CREATE TABLE "return_follow_up_closure" (
        "vagrant_case_id" uuid PRIMARY KEY REFERENCES "vagrant_case" ("id"),
        "closed_on" date NOT NULL,
        "reason" text NOT NULL,
        "closed_by" text NOT NULL,
        "recorded_at" timestamptz NOT NULL DEFAULT now()
      )`);
    // The work list starts from the returns: cases closed RETURNED_HOME.
    await q.query(`CREATE INDEX "IDX_vagrant_case_returned" ON "vagrant_case" ("region_code", "closed_on") WHERE "outcome" = 'RETURNED_HOME'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_vagrant_case_returned"`);
    await q.query(`DROP TABLE "return_follow_up_closure"`);
    await q.query(`DROP TABLE "return_assessment"`);
  }
}
