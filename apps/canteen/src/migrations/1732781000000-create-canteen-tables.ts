import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCanteenTables1732781000000 implements MigrationInterface {
  name = 'CreateCanteenTables1732781000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "canteen" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "name" varchar(200) NOT NULL,
        "operator" varchar(200) NOT NULL,
        "address" varchar(400) NOT NULL,
        "region" varchar(12) NOT NULL,
        "slots" text[] NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_canteen" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`
      CREATE TABLE "diner" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "resident_id" char(18) NOT NULL,
        "card_number" varchar(40) NOT NULL,
        "name" varchar(100) NOT NULL,
        "registered_at_canteen_id" uuid NOT NULL REFERENCES "canteen" ("id"),
        "active" boolean NOT NULL DEFAULT true,
        "deceased_on" date NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_diner" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_diner_resident_id" UNIQUE ("resident_id"),
        CONSTRAINT "UQ_diner_card_number" UNIQUE ("card_number")
      )`);
    // Read model of 低保/特困 coverage, one row per enrolment: start and stop may arrive in any order.
    await queryRunner.query(`
      CREATE TABLE "assistance_enrollment" (
        "enrollment_id" uuid NOT NULL,
        "resident_id" char(18) NOT NULL,
        "program" varchar(10) NOT NULL,
        "covered_from" date NULL,
        "covered_until" date NULL,
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_assistance_enrollment" PRIMARY KEY ("enrollment_id")
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_assistance_enrollment_resident" ON "assistance_enrollment" ("resident_id")`);
    await queryRunner.query(`
      CREATE TABLE "deceased_resident" (
        "resident_id" char(18) NOT NULL,
        "date_of_death" date NOT NULL,
        "death_id" uuid NOT NULL,
        "recorded_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_deceased_resident" PRIMARY KEY ("resident_id")
      )`);
    await queryRunner.query(`
      CREATE TABLE "meal" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "canteen_id" uuid NOT NULL REFERENCES "canteen" ("id"),
        "diner_id" uuid NOT NULL REFERENCES "diner" ("id"),
        "resident_id" char(18) NOT NULL,
        "slot" varchar(10) NOT NULL,
        "meal_date" date NOT NULL,
        "served_at" timestamptz NOT NULL,
        "tier" varchar(20) NOT NULL,
        "subsidised" boolean NOT NULL,
        "subsidy_fen" integer NOT NULL,
        "full_price_reason" varchar(40) NULL,
        "status" varchar(10) NOT NULL DEFAULT 'VALID',
        "void_reason" varchar(40) NULL,
        "idempotency_key" varchar(100) NULL,
        "recorded_by" varchar(200) NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_meal" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_meal_idempotency_key" UNIQUE ("idempotency_key"),
        CONSTRAINT "CHK_meal_subsidy" CHECK ("subsidy_fen" >= 0 AND ("subsidised" OR "subsidy_fen" = 0))
      )`);
    // The truth behind the Redis guard: one valid subsidised meal per person, day and slot.
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_meal_one_subsidy_per_slot" ON "meal" ("resident_id", "meal_date", "slot") WHERE "subsidised" AND "status" = 'VALID'`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_meal_canteen_date" ON "meal" ("canteen_id", "meal_date")`);
    await queryRunner.query(`CREATE INDEX "IDX_meal_resident_date" ON "meal" ("resident_id", "meal_date")`);
    await queryRunner.query(`
      CREATE TABLE "settlement" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "canteen_id" uuid NOT NULL REFERENCES "canteen" ("id"),
        "month" char(7) NOT NULL,
        "operator" varchar(200) NOT NULL,
        "status" varchar(10) NOT NULL DEFAULT 'OPEN',
        "meal_count" integer NULL,
        "subsidy_fen" integer NULL,
        "approved_by" varchar(200) NULL,
        "approved_at" timestamptz NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_settlement" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_settlement_canteen_month" UNIQUE ("canteen_id", "month")
      )`);
    await queryRunner.query(`
      CREATE TABLE "settlement_line" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "settlement_id" uuid NOT NULL REFERENCES "settlement" ("id"),
        "meal_id" uuid NOT NULL REFERENCES "meal" ("id"),
        "subsidy_fen" integer NOT NULL,
        "status" varchar(10) NOT NULL DEFAULT 'CLAIMED',
        "dispute_reason" text NULL,
        CONSTRAINT "PK_settlement_line" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_settlement_line_meal" UNIQUE ("meal_id")
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_settlement_line_settlement" ON "settlement_line" ("settlement_id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['settlement_line', 'settlement', 'meal', 'deceased_resident', 'assistance_enrollment', 'diner', 'canteen']) {
      await queryRunner.query(`DROP TABLE "${table}"`);
    }
  }
}
