import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Adoption, allowances and payroll, the 低保/特困 read model, help needs, cadre pairing, closing reassessments. */
export class AddAdoptionsAllowancesHelp1732867800000 implements MigrationInterface {
  name = 'AddAdoptionsAllowancesHelp1732867800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "child" ADD "registered_on" date NULL`);
    await queryRunner.query(`UPDATE "child" SET "registered_on" = ("created_at" AT TIME ZONE 'Asia/Shanghai')::date`);
    await queryRunner.query(`ALTER TABLE "child" ALTER "registered_on" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "child" ADD "adopted_on" date NULL`);
    await queryRunner.query(`ALTER TABLE "child" ADD "guardians_before_adoption" jsonb NULL`);
    await queryRunner.query(`ALTER TABLE "child" ADD "care_form" varchar(10) NOT NULL DEFAULT 'DISPERSED' CHECK ("care_form" IN ('DISPERSED', 'CENTRAL'))`);
    await queryRunner.query(`CREATE INDEX "IDX_child_village" ON "child" ("village_code")`);
    await queryRunner.query(`ALTER TABLE "reassessment" ADD "closed_on" date NULL, ADD "findings" text NULL, ADD "closed_by" varchar(200) NULL`);

    await queryRunner.query(`
      CREATE TABLE "adoption_assessment" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "child_id" uuid NOT NULL REFERENCES "child" ("id"),
        "adopter_resident_ids" text[] NOT NULL,
        "assessed_on" date NOT NULL,
        "outcome" varchar(12) NOT NULL CHECK ("outcome" IN ('SUITABLE', 'UNSUITABLE')),
        "notes" text NOT NULL,
        "assessor" varchar(200) NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_adoption_assessment" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_adoption_assessment_child" ON "adoption_assessment" ("child_id", "assessed_on")`);
    await queryRunner.query(`
      CREATE TABLE "adoption" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "child_id" uuid NOT NULL REFERENCES "child" ("id"),
        "child_resident_id" char(18) NOT NULL,
        "adopter_resident_ids" text[] NOT NULL,
        "adopters" jsonb NOT NULL,
        "registered_on" date NOT NULL,
        "relatives_child" boolean NOT NULL,
        "assessment_id" uuid NOT NULL REFERENCES "adoption_assessment" ("id"),
        "village_code" varchar(12) NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_adoption" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_adoption_child" UNIQUE ("child_id")
      )`);

    await queryRunner.query(`
      CREATE TABLE "allowance_payment" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "child_id" uuid NOT NULL REFERENCES "child" ("id"),
        "resident_id" char(18) NOT NULL,
        "village_code" varchar(12) NOT NULL,
        "month" char(7) NOT NULL CHECK ("month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
        "category" varchar(24) NOT NULL,
        "care_form" varchar(10) NOT NULL,
        "amount_fen" integer NOT NULL CHECK ("amount_fen" >= 0),
        "overlap_program" varchar(10) NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_allowance_payment" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_allowance_payment_child_month" UNIQUE ("child_id", "month")
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_allowance_payment_month" ON "allowance_payment" ("month", "village_code")`);
    await queryRunner.query(`
      CREATE TABLE "assistance_enrollment" (
        "enrollment_id" uuid NOT NULL,
        "resident_id" char(18) NOT NULL,
        "program" varchar(10) NOT NULL,
        "from_month" char(7) NULL,
        "stop_from_month" char(7) NULL,
        CONSTRAINT "PK_assistance_enrollment" PRIMARY KEY ("enrollment_id")
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_assistance_enrollment_resident" ON "assistance_enrollment" ("resident_id")`);

    await queryRunner.query(`
      CREATE TABLE "help_need" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "child_id" uuid NOT NULL REFERENCES "child" ("id"),
        "kind" varchar(20) NOT NULL,
        "description" text NOT NULL,
        "raised_on" date NOT NULL,
        "raised_by" varchar(200) NOT NULL,
        "status" varchar(10) NOT NULL CHECK ("status" IN ('OPEN', 'CLOSED')),
        "closed_on" date NULL,
        "resolution" text NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_help_need" PRIMARY KEY ("id"),
        CONSTRAINT "CHK_help_need_closed" CHECK (("status" = 'CLOSED') = ("closed_on" IS NOT NULL))
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_help_need_child" ON "help_need" ("child_id")`);
    await queryRunner.query(`
      CREATE TABLE "cadre_pairing" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "child_id" uuid NOT NULL REFERENCES "child" ("id"),
        "cadre_id" varchar(100) NOT NULL,
        "cadre_name" varchar(100) NOT NULL,
        "cadre_phone" varchar(20) NOT NULL,
        "started_on" date NOT NULL,
        "ended_on" date NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_cadre_pairing" PRIMARY KEY ("id")
      )`);
    // One cadre at a time per child (结对帮扶).
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_cadre_pairing_active" ON "cadre_pairing" ("child_id") WHERE "ended_on" IS NULL`);
    await queryRunner.query(`
      CREATE TABLE "cadre_visit" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "pairing_id" uuid NOT NULL REFERENCES "cadre_pairing" ("id"),
        "child_id" uuid NOT NULL REFERENCES "child" ("id"),
        "visited_on" date NOT NULL,
        "notes" text NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_cadre_visit" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_cadre_visit_pairing" ON "cadre_visit" ("pairing_id", "visited_on")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['cadre_visit', 'cadre_pairing', 'help_need', 'assistance_enrollment', 'allowance_payment', 'adoption', 'adoption_assessment']) {
      await queryRunner.query(`DROP TABLE "${table}"`);
    }
    await queryRunner.query(`ALTER TABLE "reassessment" DROP COLUMN "closed_on", DROP COLUMN "findings", DROP COLUMN "closed_by"`);
    await queryRunner.query(`DROP INDEX "IDX_child_village"`);
    await queryRunner.query(`ALTER TABLE "child" DROP COLUMN "care_form", DROP COLUMN "adopted_on", DROP COLUMN "guardians_before_adoption", DROP COLUMN "registered_on"`);
  }
}
