import { addPaymentOutcomeColumns } from '@app/common/payables/payment-outcomes';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * "物质+服务" cash plus services: providers with their unified social credit code and services, one
 * service plan per person at a time, the visits providers record and caseworkers confirm (or
 * dispute), the providers' monthly settlements (one per provider and month), and what an approved
 * settlement pays through 一卡通 (its line and re-issues of failed ones, each with the bank's outcome).
 */
export class AddCashPlusServices1764001000000 implements MigrationInterface {
  name = 'AddCashPlusServices1764001000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "cash_plus_provider" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "name" text NOT NULL,
        "credit_code" char(18) NOT NULL,
        "division_code" varchar(12) NOT NULL,
        "services" text[] NOT NULL,
        "registered_by" text NOT NULL,
        "registered_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "UQ_cash_plus_provider_credit_code" UNIQUE ("credit_code")
      )`);
    await q.query(`
      CREATE TABLE "cash_plus_plan" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "resident_id" varchar(18) NOT NULL,
        "name" text NOT NULL,
        "category" varchar(6) NOT NULL CHECK ("category" IN ('TEKUN', 'ELDER')),
        "region_code" varchar(12) NOT NULL,
        "provider_id" uuid NOT NULL REFERENCES "cash_plus_provider" ("id"),
        "services" text[] NOT NULL,
        "visits_per_month" integer NOT NULL CHECK ("visits_per_month" > 0),
        "from_date" date NOT NULL,
        "to_date" date NOT NULL,
        "created_by" text NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CHECK ("from_date" <= "to_date")
      )`);
    await q.query(`CREATE INDEX "IDX_cash_plus_plan_person" ON "cash_plus_plan" ("resident_id", "from_date")`);
    await q.query(`
      CREATE TABLE "cash_plus_settlement" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "provider_id" uuid NOT NULL REFERENCES "cash_plus_provider" ("id"),
        "month" char(7) NOT NULL,
        "visits" integer NOT NULL,
        "unconfirmed_visits" integer NOT NULL,
        "disputed_visits" integer NOT NULL,
        "price_per_visit_fen" bigint NOT NULL,
        "amount_fen" bigint NOT NULL CHECK ("amount_fen" >= 0),
        "status" varchar(10) NOT NULL CHECK ("status" IN ('DRAFT', 'APPROVED')),
        "created_by" text NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "approved_by" text,
        "approved_at" timestamptz,
        CONSTRAINT "UQ_cash_plus_settlement_provider_month" UNIQUE ("provider_id", "month")
      )`);
    await q.query(`
      CREATE TABLE "cash_plus_visit" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "plan_id" uuid NOT NULL REFERENCES "cash_plus_plan" ("id"),
        "provider_id" uuid NOT NULL REFERENCES "cash_plus_provider" ("id"),
        "visited_on" date NOT NULL,
        "month" char(7) NOT NULL,
        "service" varchar(10) NOT NULL,
        "duration_minutes" integer NOT NULL CHECK ("duration_minutes" > 0),
        "note" text,
        "status" varchar(10) NOT NULL CHECK ("status" IN ('RECORDED', 'CONFIRMED', 'DISPUTED')),
        "recorded_by" text NOT NULL,
        "recorded_at" timestamptz NOT NULL DEFAULT now(),
        "confirmed_by" text,
        "confirmed_on" date,
        "disputed_by" text,
        "disputed_on" date,
        "dispute_reason" text,
        "settlement_id" uuid REFERENCES "cash_plus_settlement" ("id")
      )`);
    // A disputed visit may be recorded again, correctly.
    await q.query(`CREATE UNIQUE INDEX "UQ_cash_plus_visit_day" ON "cash_plus_visit" ("plan_id", "visited_on", "service") WHERE "status" <> 'DISPUTED'`);
    await q.query(`CREATE INDEX "IDX_cash_plus_visit_provider_month" ON "cash_plus_visit" ("provider_id", "month", "status")`);
    await q.query(`
      CREATE TABLE "cash_plus_settlement_payment" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "settlement_id" uuid NOT NULL REFERENCES "cash_plus_settlement" ("id"),
        "provider_id" uuid NOT NULL REFERENCES "cash_plus_provider" ("id"),
        "month" char(7) NOT NULL,
        "amount_fen" integer NOT NULL CHECK ("amount_fen" > 0),
        "kind" varchar(10) NOT NULL CHECK ("kind" IN ('SETTLEMENT', 'REISSUE'))
      )`);
    await q.query(`CREATE UNIQUE INDEX "UQ_cash_plus_settlement_payment_settlement" ON "cash_plus_settlement_payment" ("settlement_id") WHERE "kind" = 'SETTLEMENT'`);
    await q.query(`CREATE INDEX "IDX_cash_plus_settlement_payment_approval" ON "cash_plus_settlement_payment" ("settlement_id", "id")`);
    await addPaymentOutcomeColumns(q, 'cash_plus_settlement_payment');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "cash_plus_settlement_payment"`);
    await q.query(`DROP TABLE "cash_plus_visit"`);
    await q.query(`DROP TABLE "cash_plus_settlement"`);
    await q.query(`DROP TABLE "cash_plus_plan"`);
    await q.query(`DROP TABLE "cash_plus_provider"`);
  }
}
