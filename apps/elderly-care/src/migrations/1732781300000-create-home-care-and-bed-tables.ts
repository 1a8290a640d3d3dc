import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Home care "10+N" (catalogue, providers, orders, settlements, home care beds), institutions and beds. */
export class CreateHomeCareAndBedTables1732781300000 implements MigrationInterface {
  name = 'CreateHomeCareAndBedTables1732781300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "institution" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "code" varchar(30) NOT NULL,
        "institution_name" varchar(200) NOT NULL,
        "division_code" varchar(12) NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_institution" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_institution_code" UNIQUE ("code")
      )`);
    await queryRunner.query(`
      CREATE TABLE "bed" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "institution_id" uuid NOT NULL REFERENCES "institution" ("id"),
        "bed_code" varchar(30) NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_bed" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_bed_code" UNIQUE ("institution_id", "bed_code")
      )`);
    await queryRunner.query(`
      CREATE TABLE "bed_stay" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "bed_id" uuid NOT NULL REFERENCES "bed" ("id"),
        "institution_id" uuid NOT NULL REFERENCES "institution" ("id"),
        "resident_id" char(18) NOT NULL,
        "admitted_on" date NOT NULL,
        "discharged_on" date NULL,
        "discharge_reason" varchar(20) NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_bed_stay" PRIMARY KEY ("id"),
        CONSTRAINT "CK_bed_stay_dates" CHECK ("discharged_on" IS NULL OR "discharged_on" >= "admitted_on")
      )`);
    // One elder per bed and one bed per elder, at any time.
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_bed_stay_open_bed" ON "bed_stay" ("bed_id") WHERE "discharged_on" IS NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_bed_stay_open_resident" ON "bed_stay" ("resident_id") WHERE "discharged_on" IS NULL`);
    await queryRunner.query(`CREATE INDEX "IX_bed_stay_institution" ON "bed_stay" ("institution_id")`);

    // The "10+N" catalogue: a row per item and period, prices and subsidies in fen.
    await queryRunner.query(`
      CREATE TABLE "home_care_item" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "code" varchar(30) NOT NULL,
        "item_name" varchar(100) NOT NULL,
        "category" varchar(20) NOT NULL,
        "basic" boolean NOT NULL,
        "unit" varchar(20) NOT NULL,
        "price_fen" integer NOT NULL CHECK ("price_fen" >= 0),
        "subsidy_fen" integer NOT NULL CHECK ("subsidy_fen" >= 0 AND "subsidy_fen" <= "price_fen"),
        "effective_from" date NOT NULL,
        "effective_to" date NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_home_care_item" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_home_care_item_period" UNIQUE ("code", "effective_from")
      )`);
    await queryRunner.query(`
      CREATE TABLE "home_care_provider" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "code" varchar(30) NOT NULL,
        "provider_name" varchar(200) NOT NULL,
        "division_code" varchar(12) NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_home_care_provider" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_home_care_provider_code" UNIQUE ("code")
      )`);
    await queryRunner.query(`
      CREATE TABLE "home_care_settlement" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "provider_id" uuid NOT NULL REFERENCES "home_care_provider" ("id"),
        "month" char(7) NOT NULL,
        "orders" integer NOT NULL,
        "price_fen" bigint NOT NULL,
        "subsidy_fen" bigint NOT NULL,
        "copay_fen" bigint NOT NULL,
        "status" varchar(20) NOT NULL,
        "created_by" varchar(100) NOT NULL,
        "approved_by" varchar(100) NULL,
        "approved_at" timestamptz NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_home_care_settlement" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_home_care_settlement_month" UNIQUE ("provider_id", "month")
      )`);
    await queryRunner.query(`
      CREATE TABLE "home_care_order" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "resident_id" char(18) NOT NULL,
        "division_code" varchar(12) NOT NULL,
        "item_id" uuid NOT NULL REFERENCES "home_care_item" ("id"),
        "item_code" varchar(30) NOT NULL,
        "price_fen" integer NOT NULL,
        "subsidy_fen" integer NOT NULL,
        "status" varchar(20) NOT NULL,
        "provider_id" uuid NULL REFERENCES "home_care_provider" ("id"),
        "ordered_on" date NOT NULL,
        "checked_in_at" timestamptz NULL,
        "checked_out_at" timestamptz NULL,
        "service_month" char(7) NULL,
        "confirmed_at" timestamptz NULL,
        "settlement_id" uuid NULL REFERENCES "home_care_settlement" ("id"),
        "cancel_reason" varchar(20) NULL,
        "created_by" varchar(100) NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_home_care_order" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`CREATE INDEX "IX_home_care_order_resident" ON "home_care_order" ("resident_id")`);
    await queryRunner.query(`CREATE INDEX "IX_home_care_order_settle" ON "home_care_order" ("provider_id", "service_month", "status")`);
    // 家庭养老床位: a bed at home, cared for by a contracted institution.
    await queryRunner.query(`
      CREATE TABLE "home_care_bed" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "resident_id" char(18) NOT NULL,
        "division_code" varchar(12) NOT NULL,
        "institution_id" uuid NOT NULL REFERENCES "institution" ("id"),
        "assessment_id" uuid NULL,
        "visits_per_month" smallint NOT NULL CHECK ("visits_per_month" > 0),
        "contracted_on" date NOT NULL,
        "ended_on" date NULL,
        "end_reason" varchar(20) NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_home_care_bed" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_home_care_bed_open_resident" ON "home_care_bed" ("resident_id") WHERE "ended_on" IS NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['home_care_bed', 'home_care_order', 'home_care_settlement', 'home_care_provider', 'home_care_item', 'bed_stay', 'bed', 'institution']) {
      await queryRunner.query(`DROP TABLE "${table}"`);
    }
  }
}
