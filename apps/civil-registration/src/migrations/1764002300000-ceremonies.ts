import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Certificate ceremonies (集体颁证 and others) and the couples, by their marriage registration, at each. */
export class Ceremonies1764002300000 implements MigrationInterface {
  name = 'Ceremonies1764002300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "ceremony" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "kind" varchar(10) NOT NULL,
        "held_on" date NOT NULL,
        "office_id" uuid NOT NULL REFERENCES "registration_office" ("id"),
        "theme" varchar(100) NOT NULL,
        "division_code" varchar(12) NOT NULL,
        "recorded_by" text NOT NULL,
        CONSTRAINT "PK_ceremony" PRIMARY KEY ("id"),
        CONSTRAINT "CHK_ceremony_kind" CHECK ("kind" IN ('GROUP', 'OTHER'))
      )`);
    await q.query(`CREATE INDEX "IDX_ceremony_division_held" ON "ceremony" ("division_code", "held_on")`);
    await q.query(`
      CREATE TABLE "ceremony_couple" (
        "ceremony_id" uuid NOT NULL REFERENCES "ceremony" ("id"),
        "marriage_id" uuid NOT NULL REFERENCES "marriage" ("id"),
        CONSTRAINT "PK_ceremony_couple" PRIMARY KEY ("ceremony_id", "marriage_id")
      )`);
    await q.query(`CREATE INDEX "IDX_ceremony_couple_marriage" ON "ceremony_couple" ("marriage_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "ceremony_couple"`);
    await q.query(`DROP TABLE "ceremony"`);
  }
}
