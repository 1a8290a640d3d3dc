import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 特困: a person admitted as a minor is paid until the month of the coverage age (18, longer in
 * school), and central care (集中供养) is paid to the institution, which each payment line names.
 */
export class AddTekunCoverageAndPayee1732783200000 implements MigrationInterface {
  name = 'AddTekunCoverageAndPayee1732783200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "assistance_case" ADD COLUMN "covered_until" char(7) NULL, ADD COLUMN "payee_institution" text NULL`);
    await q.query(`ALTER TABLE "payment_line" ADD COLUMN "payee_institution" text NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "payment_line" DROP COLUMN "payee_institution"`);
    await q.query(`ALTER TABLE "assistance_case" DROP COLUMN "covered_until", DROP COLUMN "payee_institution"`);
  }
}
