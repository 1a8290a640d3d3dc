import { addPaymentOutcomeColumns } from '@app/common/payables/payment-outcomes';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 一卡通 for home care providers: an approved monthly settlement pays the provider's subsidy into
 * its corporate account, one line per settlement, and re-issues (once) a line the bank returned
 * FAILED with the provider's next approved settlement.
 */
export class HomeCareSettlementPayments1764001900000 implements MigrationInterface {
  name = 'HomeCareSettlementPayments1764001900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "home_care_settlement_payment" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "settlement_id" uuid NOT NULL REFERENCES "home_care_settlement" ("id"),
        "provider_id" uuid NOT NULL,
        "month" char(7) NOT NULL,
        "amount_fen" bigint NOT NULL CHECK ("amount_fen" > 0),
        "kind" varchar(10) NOT NULL CHECK ("kind" IN ('SETTLEMENT', 'REISSUE')),
        CONSTRAINT "PK_home_care_settlement_payment" PRIMARY KEY ("id")
      )`);
    await q.query(`CREATE UNIQUE INDEX "UQ_home_care_settlement_payment_settlement" ON "home_care_settlement_payment" ("settlement_id") WHERE "kind" = 'SETTLEMENT'`);
    await q.query(`CREATE INDEX "IX_home_care_settlement_payment_provider" ON "home_care_settlement_payment" ("provider_id")`);
    await addPaymentOutcomeColumns(q, 'home_care_settlement_payment');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "home_care_settlement_payment"`);
  }
}
