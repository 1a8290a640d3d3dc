import { addPaymentOutcomeColumns } from '@app/common/payables/payment-outcomes';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 惠民殡葬 through 一卡通: a granted benefit is paid once a clerk records the claimant (the next of
 * kin who handles the funeral, with their resident ID) and an approver other than that clerk
 * approves it. Its payment lines keep the bank's outcome; a FAILED line is re-issued once.
 */
export class FuneralBenefitPayments1764001700000 implements MigrationInterface {
  name = 'FuneralBenefitPayments1764001700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "funeral_benefit"
      ADD COLUMN "status" varchar(10) NOT NULL DEFAULT 'GRANTED' CHECK ("status" IN ('GRANTED', 'CLAIMED', 'APPROVED')),
      ADD COLUMN "claimant_resident_id" varchar(18) NULL,
      ADD COLUMN "claimant_name" text NULL,
      ADD COLUMN "claimant_relation" varchar(20) NULL,
      ADD COLUMN "claim_recorded_by" text NULL,
      ADD COLUMN "approved_by" text NULL,
      ADD COLUMN "approved_on" date NULL`);
    await q.query(`
      CREATE TABLE "funeral_benefit_payment" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "benefit_id" uuid NOT NULL REFERENCES "funeral_benefit" ("id"),
        "month" char(7) NOT NULL,
        "amount_fen" bigint NOT NULL CHECK ("amount_fen" > 0),
        "kind" varchar(10) NOT NULL CHECK ("kind" IN ('BENEFIT', 'REISSUE')),
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_funeral_benefit_payment" PRIMARY KEY ("id")
      )`);
    await q.query(`CREATE UNIQUE INDEX "UQ_funeral_benefit_payment_benefit" ON "funeral_benefit_payment" ("benefit_id") WHERE "kind" = 'BENEFIT'`);
    await addPaymentOutcomeColumns(q, 'funeral_benefit_payment');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "funeral_benefit_payment"`);
    await q.query(`ALTER TABLE "funeral_benefit" DROP COLUMN "approved_on", DROP COLUMN "approved_by", DROP COLUMN "claim_recorded_by",
      DROP COLUMN "claimant_relation", DROP COLUMN "claimant_name", DROP COLUMN "claimant_resident_id", DROP COLUMN "status"`);
  }
}
