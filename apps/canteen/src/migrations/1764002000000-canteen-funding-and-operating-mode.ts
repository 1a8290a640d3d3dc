import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * How each canteen is run (自营 / 委托运营 / 连锁经营 / 邻里互助; the canteens registered so far are
 * settled with an outside operator, hence ENTRUSTED), and the money that built and runs it: build
 * and operating subsidies and social capital, in fen, with source and evidence.
 */
export class CanteenFundingAndOperatingMode1764002000000 implements MigrationInterface {
  name = 'CanteenFundingAndOperatingMode1764002000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE "canteen" ADD COLUMN "operating_mode" varchar(20) NOT NULL DEFAULT 'ENTRUSTED'
        CONSTRAINT "CK_canteen_operating_mode" CHECK ("operating_mode" IN ('SELF_RUN', 'ENTRUSTED', 'CHAIN', 'MUTUAL_AID'))`);
    await q.query(`
      CREATE TABLE "canteen_funding" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "canteen_id" uuid NOT NULL REFERENCES "canteen" ("id"),
        "kind" varchar(20) NOT NULL CHECK ("kind" IN ('BUILD_SUBSIDY', 'OPERATING_SUBSIDY', 'SOCIAL_CAPITAL')),
        "amount_fen" bigint NOT NULL CHECK ("amount_fen" > 0),
        "funded_on" date NOT NULL,
        "source" varchar(200) NULL,
        "source_credit_code" char(18) NULL,
        "evidence_note" varchar(500) NOT NULL,
        "recorded_by" varchar(100) NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_canteen_funding" PRIMARY KEY ("id"),
        CONSTRAINT "CK_canteen_funding_social_capital_source" CHECK ("kind" <> 'SOCIAL_CAPITAL' OR "source" IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX "IX_canteen_funding_canteen" ON "canteen_funding" ("canteen_id", "funded_on")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "canteen_funding"`);
    await q.query(`ALTER TABLE "canteen" DROP COLUMN "operating_mode"`);
  }
}
