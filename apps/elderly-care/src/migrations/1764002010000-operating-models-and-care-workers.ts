import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An institution's operating model (公办 / 公建民营 / 民办; the institutions registered so far are
 * the bureau's own welfare homes, hence PUBLIC), and its certified care workers (养老护理员) with
 * their certificate and employment period. A worker works at one institution at a time.
 */
export class OperatingModelsAndCareWorkers1764002010000 implements MigrationInterface {
  name = 'OperatingModelsAndCareWorkers1764002010000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE "institution" ADD COLUMN "operating_model" varchar(30) NOT NULL DEFAULT 'PUBLIC'
        CONSTRAINT "CK_institution_operating_model" CHECK ("operating_model" IN ('PUBLIC', 'PUBLIC_BUILT_PRIVATE_RUN', 'PRIVATE'))`);
    await q.query(`
      CREATE TABLE "care_worker" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "institution_id" uuid NOT NULL REFERENCES "institution" ("id"),
        "name" varchar(100) NOT NULL,
        "resident_id" char(18) NOT NULL,
        "certificate_level" varchar(20) NOT NULL CHECK ("certificate_level" IN ('JUNIOR', 'INTERMEDIATE', 'SENIOR', 'TECHNICIAN', 'SENIOR_TECHNICIAN')),
        "certificate_number" varchar(40) NOT NULL,
        "working_from" date NOT NULL,
        "working_to" date NULL CHECK ("working_to" IS NULL OR "working_to" >= "working_from"),
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_care_worker" PRIMARY KEY ("id")
      )`);
    // Two institutions registering the same worker at once: the index decides.
    await q.query(`CREATE UNIQUE INDEX "UQ_care_worker_open" ON "care_worker" ("resident_id") WHERE "working_to" IS NULL`);
    await q.query(`CREATE INDEX "IX_care_worker_institution" ON "care_worker" ("institution_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "care_worker"`);
    await q.query(`ALTER TABLE "institution" DROP COLUMN "operating_model"`);
  }
}
