import { addPaymentOutcomeColumns, dropPaymentOutcomeColumns } from '@app/common/payables/payment-outcomes';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 一卡通: each line keeps what the bank said (PAID / FAILED, reason, date); a REISSUE line pays a
 * failed line again (at most once); lines are read in id order per payroll when published.
 */
export class AddPaymentOutcomes1764000800000 implements MigrationInterface {
  name = 'AddPaymentOutcomes1764000800000';

  async up(q: QueryRunner): Promise<void> {
    await addPaymentOutcomeColumns(q, 'payment_line');
    await q.query(`ALTER TABLE "payment_line" DROP CONSTRAINT "payment_line_kind_check"`);
    await q.query(`ALTER TABLE "payment_line" ADD CONSTRAINT "payment_line_kind_check" CHECK ("kind" IN ('REGULAR', 'ARREARS', 'REISSUE'))`);
    await q.query(`CREATE INDEX "IDX_payment_line_payroll_id" ON "payment_line" ("payroll_id", "id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_payment_line_payroll_id"`);
    await q.query(`DELETE FROM "payment_line" WHERE "kind" = 'REISSUE'`);
    await q.query(`ALTER TABLE "payment_line" DROP CONSTRAINT "payment_line_kind_check"`);
    await q.query(`ALTER TABLE "payment_line" ADD CONSTRAINT "payment_line_kind_check" CHECK ("kind" IN ('REGULAR', 'ARREARS'))`);
    await dropPaymentOutcomeColumns(q, 'payment_line');
  }
}
