import type { MigrationInterface, QueryRunner } from 'typeorm';

/** 流浪乞讨 24-hour hotline calls and street patrols: who, where, when and the outcome of each. */
export class AddVagrantOutreach1764001100000 implements MigrationInterface {
  name = 'AddVagrantOutreach1764001100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "vagrant_outreach" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "kind" varchar(15) NOT NULL CHECK ("kind" IN ('HOTLINE_CALL', 'STREET_PATROL')),
        "region_code" varchar(12) NOT NULL,
        "occurred_at" timestamptz NOT NULL,
        "location" text NOT NULL,
        "caller_name" text,
        "caller_phone" varchar(20),
        "patrol_members" text[] NOT NULL,
        "person_description" text NOT NULL,
        "outcome" varchar(20) NOT NULL CHECK ("outcome" IN ('ADMITTED', 'REFERRED_MEDICAL', 'REFERRED_POLICE', 'DECLINED_HELP', 'NOT_FOUND', 'ADVICE_GIVEN')),
        "vagrant_case_id" uuid REFERENCES "vagrant_case" ("id"),
        "note" text,
        "recorded_by" text NOT NULL,
        "recorded_at" timestamptz NOT NULL DEFAULT now(),
        CHECK (("outcome" = 'ADMITTED') = ("vagrant_case_id" IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX "IDX_vagrant_outreach_region_time" ON "vagrant_outreach" ("region_code", "occurred_at" DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "vagrant_outreach"`);
  }
}
