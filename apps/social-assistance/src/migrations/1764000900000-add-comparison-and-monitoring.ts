import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 数据比对 and 动态监测: finding reviews opened on covered people's cases by other departments'
 * data (one per finding or move match), the monitored register of 低保边缘 and low-income
 * households with one spell per member, and the early warnings raised on them (one per
 * household, trigger and source fact).
 */
export class AddComparisonAndMonitoring1764000900000 implements MigrationInterface {
  name = 'AddComparisonAndMonitoring1764000900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "finding_review" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "source_id" uuid NOT NULL,
        "kind" varchar(20) NOT NULL CHECK ("kind" IN ('VEHICLE', 'REAL_ESTATE', 'BUSINESS', 'PENSION', 'EMPLOYMENT_INCOME', 'MOVED_AWAY')),
        "case_id" uuid NOT NULL REFERENCES "assistance_case" ("id"),
        "household_id" uuid NOT NULL REFERENCES "household" ("id"),
        "resident_id" varchar(18) NOT NULL,
        "name" text NOT NULL,
        "observed_on" date NOT NULL,
        "amount_fen" bigint,
        "summary" text NOT NULL,
        "reference" text NOT NULL,
        "department" varchar(30) NOT NULL,
        "import_id" uuid NOT NULL,
        "source_event_id" uuid NOT NULL,
        "status" varchar(20) NOT NULL DEFAULT 'OPEN' CHECK ("status" IN ('OPEN', 'ESCALATED', 'CONFIRMED', 'DISMISSED')),
        "raised_at" timestamptz NOT NULL DEFAULT now(),
        "escalated_to" varchar(20),
        "escalation_note" text,
        "decided_on" date,
        "decided_by" text,
        "decision_note" text,
        CONSTRAINT "UQ_finding_review_source" UNIQUE ("source_id")
      )`);
    await q.query(`CREATE INDEX "IDX_finding_review_open" ON "finding_review" ("raised_at", "id") WHERE "status" IN ('OPEN', 'ESCALATED')`);
    await q.query(`CREATE INDEX "IDX_finding_review_case" ON "finding_review" ("case_id")`);

    await q.query(`
      CREATE TABLE "monitored_household" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "household_id" uuid NOT NULL REFERENCES "household" ("id"),
        "category" varchar(20) NOT NULL CHECK ("category" IN ('BORDERLINE', 'LOW_INCOME')),
        "from_month" char(7) NOT NULL,
        "stop_from_month" char(7),
        "end_reason" varchar(20),
        "per_capita_income_fen" bigint NOT NULL,
        "standard_fen" bigint NOT NULL,
        "entered_by" text NOT NULL,
        "entered_on" date NOT NULL,
        "note" text
      )`);
    // One open spell per household: a household already monitored is refused.
    await q.query(`CREATE UNIQUE INDEX "UQ_monitored_household_open" ON "monitored_household" ("household_id") WHERE "stop_from_month" IS NULL`);

    await q.query(`
      CREATE TABLE "monitored_person" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "monitored_household_id" uuid NOT NULL REFERENCES "monitored_household" ("id"),
        "household_id" uuid NOT NULL REFERENCES "household" ("id"),
        "resident_id" varchar(18) NOT NULL,
        "from_month" char(7) NOT NULL,
        "stop_from_month" char(7),
        "end_reason" varchar(20)
      )`);
    await q.query(`CREATE UNIQUE INDEX "UQ_monitored_person_open" ON "monitored_person" ("resident_id") WHERE "stop_from_month" IS NULL`);
    await q.query(`CREATE INDEX "IDX_monitored_person_household" ON "monitored_person" ("monitored_household_id")`);

    await q.query(`
      CREATE TABLE "early_warning" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "monitored_household_id" uuid NOT NULL REFERENCES "monitored_household" ("id"),
        "household_id" uuid NOT NULL REFERENCES "household" ("id"),
        "resident_id" varchar(18) NOT NULL,
        "trigger" varchar(20) NOT NULL CHECK ("trigger" IN ('EARNER_DEATH', 'EARNER_DISABILITY', 'MEDICAL_EXPENSE', 'JOB_LOSS')),
        "source_ref" text NOT NULL,
        "occurred_on" date NOT NULL,
        "amount_fen" bigint,
        "summary" text NOT NULL,
        "raised_at" timestamptz NOT NULL DEFAULT now(),
        "outcome" varchar(20) CHECK ("outcome" IN ('TEMPORARY_RELIEF', 'ENROLLED', 'NO_ACTION')),
        "relief_id" uuid,
        "dibao_case_id" uuid,
        "outcome_note" text,
        "followed_up_on" date,
        "followed_up_by" text,
        CONSTRAINT "UQ_early_warning_source" UNIQUE ("household_id", "trigger", "source_ref")
      )`);
    await q.query(`CREATE INDEX "IDX_early_warning_open" ON "early_warning" ("monitored_household_id") WHERE "outcome" IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "early_warning"`);
    await q.query(`DROP TABLE "monitored_person"`);
    await q.query(`DROP TABLE "monitored_household"`);
    await q.query(`DROP TABLE "finding_review"`);
  }
}
