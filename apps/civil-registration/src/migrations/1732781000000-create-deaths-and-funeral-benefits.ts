import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Deaths (once per person), conflicting reports kept for review, funeral benefits, enrolment read model. */
export class CreateDeathsAndFuneralBenefits1732781000000 implements MigrationInterface {
  name = 'CreateDeathsAndFuneralBenefits1732781000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "death_record" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "resident_id" varchar(18) NOT NULL,
        "name" text NOT NULL,
        "sex" char(1) NOT NULL,
        "ethnicity" varchar(40) NOT NULL,
        "date_of_death" date NOT NULL,
        "place_of_death" text NOT NULL,
        "disposal" varchar(20) NOT NULL,
        "source" varchar(30) NOT NULL,
        "division_code" varchar(12) NOT NULL,
        "received_at" timestamptz NOT NULL,
        "recorded_by" text NOT NULL,
        CONSTRAINT "PK_death_record" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_death_record_resident" UNIQUE ("resident_id"),
        CONSTRAINT "CHK_death_record_disposal" CHECK ("disposal" IN ('CREMATION', 'BURIAL'))
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_death_record_date" ON "death_record" ("date_of_death")`);
    await queryRunner.query(`
      CREATE TABLE "death_report_conflict" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "death_id" uuid NOT NULL REFERENCES "death_record" ("id"),
        "resident_id" varchar(18) NOT NULL,
        "reported_date_of_death" date NOT NULL,
        "report" jsonb NOT NULL,
        "received_at" timestamptz NOT NULL,
        "reported_by" text NOT NULL,
        "resolved" boolean NOT NULL DEFAULT false,
        CONSTRAINT "PK_death_report_conflict" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`
      CREATE TABLE "funeral_benefit" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "death_id" uuid NOT NULL,
        "resident_id" varchar(18) NOT NULL,
        "amount_fen" bigint NOT NULL CHECK ("amount_fen" >= 0),
        "basis" varchar(20) NOT NULL,
        "granted_on" date NOT NULL,
        "date_of_death" date NOT NULL,
        CONSTRAINT "PK_funeral_benefit" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_funeral_benefit_death" UNIQUE ("death_id")
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_funeral_benefit_resident" ON "funeral_benefit" ("resident_id")`);
    await queryRunner.query(`
      CREATE TABLE "enrolment_status" (
        "enrollment_id" uuid NOT NULL,
        "resident_id" varchar(18) NOT NULL,
        "program" varchar(10) NOT NULL,
        "start_month" char(7) NULL,
        "stop_from_month" char(7) NULL,
        CONSTRAINT "PK_enrolment_status" PRIMARY KEY ("enrollment_id")
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_enrolment_status_resident" ON "enrolment_status" ("resident_id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "enrolment_status"`);
    await queryRunner.query(`DROP TABLE "funeral_benefit"`);
    await queryRunner.query(`DROP TABLE "death_report_conflict"`);
    await queryRunner.query(`DROP TABLE "death_record"`);
  }
}
