import { addPaymentOutcomeColumns } from '@app/common/payables/payment-outcomes';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What an approved settlement pays a canteen's operator through 一卡通: its own line (the month's
 * subsidy), and re-issues of the canteen's lines the bank returned FAILED, each with the outcome.
 */
export class CreateSettlementPayment1764000800000 implements MigrationInterface {
  name = 'CreateSettlementPayment1764000800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "settlement_payment" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "settlement_id" uuid NOT NULL REFERENCES "settlement" ("id"),
        "canteen_id" uuid NOT NULL,
        "month" char(7) NOT NULL,
        "amount_fen" integer NOT NULL CHECK ("amount_fen" > 0),
        "kind" varchar(10) NOT NULL CHECK ("kind" IN ('SETTLEMENT', 'REISSUE')),
        CONSTRAINT "PK_settlement_payment" PRIMARY KEY ("id")
      )`);
    await q.query(`CREATE UNIQUE INDEX "UQ_settlement_payment_settlement" ON "settlement_payment" ("settlement_id") WHERE "kind" = 'SETTLEMENT'`);
    await q.query(`CREATE INDEX "IDX_settlement_payment_approval" ON "settlement_payment" ("settlement_id", "id")`);
    await addPaymentOutcomeColumns(q, 'settlement_payment');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "settlement_payment"`);
  }
}
