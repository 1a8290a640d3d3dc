import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A closed payroll is released for payment through the one-card account only once an approver
 * other than the one who ran it approves it (maker and checker). Payrolls closed before this
 * change count as approved by their runner.
 */
export class AddPayrollApproval1732783000000 implements MigrationInterface {
  name = 'AddPayrollApproval1732783000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "payroll" ADD COLUMN "status" varchar(8) NOT NULL DEFAULT 'CLOSED' CHECK ("status" IN ('CLOSED', 'APPROVED')), ADD COLUMN "approved_by" text NULL, ADD COLUMN "approved_on" date NULL`);
    await q.query(`UPDATE "payroll" SET "status" = 'APPROVED', "approved_by" = "run_by", "approved_on" = "closed_at"::date`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "payroll" DROP COLUMN "status", DROP COLUMN "approved_by", DROP COLUMN "approved_on"`);
  }
}
