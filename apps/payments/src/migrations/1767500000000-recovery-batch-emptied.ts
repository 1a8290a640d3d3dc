import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A recovery batch whose every line lost its account between assembly and release (each request
 * waits again for the payee's new account) is EMPTIED: kept, with its number, so the numbering of
 * the bank's files has no gap, and never written as a file.
 */
export class RecoveryBatchEmptied1767500000000 implements MigrationInterface {
  name = 'RecoveryBatchEmptied1767500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "recovery_batch" DROP CONSTRAINT IF EXISTS "recovery_batch_status_check"`);
    await q.query(`ALTER TABLE "recovery_batch" ADD CONSTRAINT "recovery_batch_status_check" CHECK ("status" IN ('ASSEMBLED', 'RELEASED', 'EMPTIED'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "recovery_batch" DROP CONSTRAINT "recovery_batch_status_check"`);
    await q.query(`ALTER TABLE "recovery_batch" ADD CONSTRAINT "recovery_batch_status_check" CHECK ("status" IN ('ASSEMBLED', 'RELEASED'))`);
  }
}
