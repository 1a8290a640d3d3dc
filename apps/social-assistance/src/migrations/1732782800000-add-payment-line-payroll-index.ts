import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The lines of one payroll, in the order the API pages them (arrears last, then case, month):
 * a payroll of a million lines is read a page at a time, not sorted whole.
 */
export class AddPaymentLinePayrollIndex1732782800000 implements MigrationInterface {
  name = 'AddPaymentLinePayrollIndex1732782800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "IDX_payment_line_payroll" ON "payment_line" ("payroll_id", "kind" DESC, "case_id", "month")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_payment_line_payroll"`);
  }
}
