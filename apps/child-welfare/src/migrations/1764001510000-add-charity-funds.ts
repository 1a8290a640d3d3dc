import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Charity funds (慈善资金) with donations in and grants to children out (DOMAIN §5). The CHECK
 * keeps the balance from going negative whatever writes it.
 */
export class AddCharityFunds1764001510000 implements MigrationInterface {
  name = 'AddCharityFunds1764001510000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "charity_fund" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "title" varchar(200) NOT NULL,
        "division_code" varchar(12) NOT NULL,
        "balance_fen" bigint NOT NULL DEFAULT 0 CONSTRAINT "CHK_charity_fund_balance" CHECK ("balance_fen" >= 0),
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_charity_fund_division" ON "charity_fund" ("division_code")`);
    await queryRunner.query(`
      CREATE TABLE "charity_donation" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "fund_id" uuid NOT NULL REFERENCES "charity_fund"("id"),
        "division_code" varchar(12) NOT NULL,
        "donor_name" varchar(200) NOT NULL,
        "amount_fen" integer NOT NULL CONSTRAINT "CHK_charity_donation_amount" CHECK ("amount_fen" > 0),
        "received_on" date NOT NULL,
        "recorded_by" varchar(200) NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_charity_donation_fund" ON "charity_donation" ("fund_id", "received_on")`);
    await queryRunner.query(`CREATE INDEX "IDX_charity_donation_division" ON "charity_donation" ("division_code", "received_on")`);
    await queryRunner.query(`
      CREATE TABLE "charity_grant" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "fund_id" uuid NOT NULL REFERENCES "charity_fund"("id"),
        "child_id" uuid NOT NULL REFERENCES "child"("id"),
        "village_code" varchar(12) NOT NULL,
        "amount_fen" integer NOT NULL CONSTRAINT "CHK_charity_grant_amount" CHECK ("amount_fen" > 0),
        "purpose" text NOT NULL,
        "granted_on" date NOT NULL,
        "recorded_by" varchar(200) NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_charity_grant_fund" ON "charity_grant" ("fund_id", "granted_on")`);
    await queryRunner.query(`CREATE INDEX "IDX_charity_grant_village" ON "charity_grant" ("village_code", "granted_on")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "charity_grant"`);
    await queryRunner.query(`DROP TABLE "charity_donation"`);
    await queryRunner.query(`DROP TABLE "charity_fund"`);
  }
}
