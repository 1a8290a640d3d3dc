import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateElderlyCareTables1732781200000 implements MigrationInterface {
  name = 'CreateElderlyCareTables1732781200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "elder" (
        "resident_id" char(18) NOT NULL,
        "name" varchar(100) NOT NULL,
        "region" varchar(12) NOT NULL,
        "local" boolean NOT NULL,
        "birth_date" date NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_elder" PRIMARY KEY ("resident_id")
      )`);
    await queryRunner.query(`CREATE INDEX "IX_elder_birth_date" ON "elder" ("birth_date")`);
    // Deaths as received, for everyone (an elder may die before being imported).
    await queryRunner.query(`
      CREATE TABLE "deceased_resident" (
        "resident_id" char(18) NOT NULL,
        "death_id" uuid NOT NULL,
        "date_of_death" date NOT NULL,
        "received_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_deceased_resident" PRIMARY KEY ("resident_id")
      )`);
    // Read model of 低保/特困 enrolments: start and stop may arrive in any order.
    await queryRunner.query(`
      CREATE TABLE "assistance_enrollment" (
        "enrollment_id" uuid NOT NULL,
        "resident_id" char(18) NOT NULL,
        "program" varchar(10) NOT NULL,
        "birth_date" date NULL,
        "from_month" char(7) NULL,
        "stop_from_month" char(7) NULL,
        CONSTRAINT "PK_assistance_enrollment" PRIMARY KEY ("enrollment_id")
      )`);
    await queryRunner.query(`
      CREATE TABLE "allowance" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "resident_id" char(18) NOT NULL,
        "kind" varchar(20) NOT NULL,
        "tier" varchar(20) NOT NULL,
        "enrollment_id" uuid NULL,
        "monthly_amount_fen" integer NOT NULL CHECK ("monthly_amount_fen" >= 0),
        "from_month" char(7) NOT NULL,
        "stop_from_month" char(7) NULL,
        "stop_reason" varchar(20) NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_allowance" PRIMARY KEY ("id")
      )`);
    // Never granted twice: one high-age allowance per person and tier, one subsidy per enrolment.
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_allowance_high_age_tier" ON "allowance" ("resident_id", "tier") WHERE "kind" = 'HIGH_AGE'`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_allowance_subsidy_enrollment" ON "allowance" ("enrollment_id") WHERE "kind" = 'SERVICE_SUBSIDY'`);
    await queryRunner.query(`CREATE INDEX "IX_allowance_resident" ON "allowance" ("resident_id")`);
    await queryRunner.query(`
      CREATE TABLE "allowance_payment" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "allowance_id" uuid NOT NULL REFERENCES "allowance" ("id"),
        "resident_id" char(18) NOT NULL,
        "kind" varchar(20) NOT NULL,
        "month" char(7) NOT NULL,
        "amount_fen" integer NOT NULL CHECK ("amount_fen" >= 0),
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_allowance_payment" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_allowance_payment_month" UNIQUE ("allowance_id", "month")
      )`);
    await queryRunner.query(`
      CREATE TABLE "overpayment" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "allowance_id" uuid NOT NULL REFERENCES "allowance" ("id"),
        "resident_id" char(18) NOT NULL,
        "from_month" char(7) NOT NULL,
        "amount_fen" integer NOT NULL CHECK ("amount_fen" > 0),
        "status" varchar(20) NOT NULL DEFAULT 'OPEN',
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_overpayment" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_overpayment_allowance" UNIQUE ("allowance_id")
      )`);
    await queryRunner.query(`
      CREATE TABLE "assessment" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "resident_id" char(18) NOT NULL,
        "self_care" smallint NOT NULL,
        "basic_motor" smallint NOT NULL,
        "mental_state" smallint NOT NULL,
        "perception_social" smallint NOT NULL,
        "total_score" smallint NOT NULL,
        "preliminary_level" smallint NOT NULL,
        "level" smallint NOT NULL,
        "raise_reasons" text[] NOT NULL,
        "assessed_on" date NOT NULL,
        "next_due_on" date NOT NULL,
        "assessed_by" varchar(100) NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_assessment" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`CREATE INDEX "IX_assessment_resident" ON "assessment" ("resident_id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['assessment', 'overpayment', 'allowance_payment', 'allowance', 'assistance_enrollment', 'deceased_resident', 'elder']) {
      await queryRunner.query(`DROP TABLE "${table}"`);
    }
  }
}
