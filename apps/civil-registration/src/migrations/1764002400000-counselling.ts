import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Premarital counselling sessions of couples and mediation sessions on open divorce applications. */
export class Counselling1764002400000 implements MigrationInterface {
  name = 'Counselling1764002400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "counselling_session" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "party_a_resident_id" varchar(18) NOT NULL,
        "party_b_resident_id" varchar(18) NOT NULL,
        "held_on" date NOT NULL,
        "office_id" uuid NOT NULL REFERENCES "registration_office" ("id"),
        "counsellor" varchar(50) NOT NULL,
        "division_code" varchar(12) NOT NULL,
        "recorded_by" text NOT NULL,
        CONSTRAINT "PK_counselling_session" PRIMARY KEY ("id"),
        CONSTRAINT "CHK_counselling_session_couple" CHECK ("party_a_resident_id" < "party_b_resident_id")
      )`);
    await q.query(`CREATE INDEX "IDX_counselling_session_division_held" ON "counselling_session" ("division_code", "held_on")`);
    await q.query(`
      CREATE TABLE "mediation_session" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "divorce_id" uuid NOT NULL REFERENCES "divorce" ("id"),
        "held_on" date NOT NULL,
        "office_id" uuid NOT NULL REFERENCES "registration_office" ("id"),
        "counsellor" varchar(50) NOT NULL,
        "outcome" varchar(20) NOT NULL,
        "division_code" varchar(12) NOT NULL,
        "recorded_by" text NOT NULL,
        CONSTRAINT "PK_mediation_session" PRIMARY KEY ("id"),
        CONSTRAINT "CHK_mediation_session_outcome" CHECK ("outcome" IN ('RECONCILED', 'PROCEEDING', 'UNDECIDED'))
      )`);
    await q.query(`CREATE INDEX "IDX_mediation_session_divorce" ON "mediation_session" ("divorce_id")`);
    await q.query(`CREATE INDEX "IDX_mediation_session_division_held" ON "mediation_session" ("division_code", "held_on")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "mediation_session"`);
    await q.query(`DROP TABLE "counselling_session"`);
  }
}
