import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Households, 低保/特困 cases and per-person enrolments, payroll and payment lines, overpayments, death notices. */
export class CreateSocialAssistance1732782000000 implements MigrationInterface {
  name = 'CreateSocialAssistance1732782000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "household" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "area" varchar(5) NOT NULL CHECK ("area" IN ('URBAN', 'RURAL')),
        "region_code" varchar(12) NOT NULL,
        "financial_assets_fen" bigint NOT NULL CHECK ("financial_assets_fen" >= 0),
        "created_by" text NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_household" PRIMARY KEY ("id")
      )`);
    await q.query(`
      CREATE TABLE "household_member" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "household_id" uuid NOT NULL REFERENCES "household" ("id"),
        "resident_id" varchar(18) NOT NULL,
        "name" text NOT NULL,
        "relation" varchar(20) NOT NULL,
        "incomes" jsonb NOT NULL,
        "monthly_income_fen" bigint NOT NULL CHECK ("monthly_income_fen" >= 0),
        "categories" text[] NOT NULL,
        "deceased_on" date NULL,
        CONSTRAINT "PK_household_member" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_household_member" UNIQUE ("household_id", "resident_id")
      )`);
    await q.query(`CREATE INDEX "IDX_household_member_resident" ON "household_member" ("resident_id")`);
    await q.query(`
      CREATE TABLE "assistance_case" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "program" varchar(5) NOT NULL CHECK ("program" IN ('DIBAO', 'TEKUN')),
        "household_id" uuid NOT NULL REFERENCES "household" ("id"),
        "status" varchar(10) NOT NULL,
        "applied_on" date NOT NULL,
        "applied_by" text NOT NULL,
        "decided_on" date NULL,
        "decided_by" text NULL,
        "reason" text NULL,
        "start_month" char(7) NULL,
        "stop_from_month" char(7) NULL,
        CONSTRAINT "PK_assistance_case" PRIMARY KEY ("id")
      )`);
    await q.query(`CREATE INDEX "IDX_assistance_case_household" ON "assistance_case" ("household_id")`);
    await q.query(`
      CREATE TABLE "enrolment" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "case_id" uuid NOT NULL REFERENCES "assistance_case" ("id"),
        "household_id" uuid NOT NULL,
        "resident_id" varchar(18) NOT NULL,
        "program" varchar(5) NOT NULL,
        "start_month" char(7) NOT NULL,
        "stop_from_month" char(7) NULL,
        "stop_reason" varchar(30) NULL,
        CONSTRAINT "PK_enrolment" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_enrolment_case_resident" UNIQUE ("case_id", "resident_id")
      )`);
    await q.query(`CREATE INDEX "IDX_enrolment_resident" ON "enrolment" ("resident_id")`);
    await q.query(`
      CREATE TABLE "payroll" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "month" char(7) NOT NULL,
        "totals" jsonb NOT NULL,
        "run_by" text NOT NULL,
        "closed_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_payroll" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_payroll_month" UNIQUE ("month")
      )`);
    await q.query(`
      CREATE TABLE "payment_line" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "case_id" uuid NOT NULL REFERENCES "assistance_case" ("id"),
        "payroll_id" uuid NOT NULL REFERENCES "payroll" ("id"),
        "program" varchar(5) NOT NULL,
        "month" char(7) NOT NULL,
        "members" int NOT NULL,
        "amount_fen" bigint NOT NULL CHECK ("amount_fen" >= 0),
        CONSTRAINT "PK_payment_line" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_payment_line_case_month" UNIQUE ("case_id", "month")
      )`);
    await q.query(`
      CREATE TABLE "overpayment" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "case_id" uuid NOT NULL REFERENCES "assistance_case" ("id"),
        "resident_id" varchar(18) NOT NULL,
        "months" text[] NOT NULL,
        "amount_fen" bigint NOT NULL CHECK ("amount_fen" > 0),
        "status" varchar(12) NOT NULL DEFAULT 'OPEN',
        "cause_event_id" uuid NOT NULL,
        CONSTRAINT "PK_overpayment" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_overpayment_cause" UNIQUE ("case_id", "cause_event_id")
      )`);
    await q.query(`
      CREATE TABLE "death_notice" (
        "resident_id" varchar(18) NOT NULL,
        "death_id" uuid NOT NULL,
        "date_of_death" date NOT NULL,
        "received_at" timestamptz NOT NULL,
        CONSTRAINT "PK_death_notice" PRIMARY KEY ("resident_id")
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['death_notice', 'overpayment', 'payment_line', 'payroll', 'enrolment', 'assistance_case', 'household_member', 'household']) {
      await q.query(`DROP TABLE "${table}"`);
    }
  }
}
