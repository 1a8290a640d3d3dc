import type { MigrationInterface, QueryRunner } from 'typeorm';

/** How an overpayment (receivable) was settled, by whom and when. */
export class AddOverpaymentResolution1732782700000 implements MigrationInterface {
  name = 'AddOverpaymentResolution1732782700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "overpayment" ADD COLUMN "resolved_on" date NULL, ADD COLUMN "resolved_by" text NULL, ADD COLUMN "note" text NULL`);
    await q.query(`CREATE INDEX "IDX_overpayment_resident" ON "overpayment" ("resident_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_overpayment_resident"`);
    await q.query(`ALTER TABLE "overpayment" DROP COLUMN "resolved_on", DROP COLUMN "resolved_by", DROP COLUMN "note"`);
  }
}
