import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A batch's lines are found through the references its file covers instead of an index on
 * `batch_line (batch_id, reference)`: maintaining that index was a sixth of the assembly (about
 * 1 s of 5.6 for a million lines, bench/payments). The assembly gives a file whole runs of
 * consecutive references of its bank, so `reference_ranges` (those runs, adjacent ones merged)
 * holds every line of the batch, and the primary key on `reference` finds them; lines of other
 * batches within the ranges are told apart by `batch_id`. A line only ever leaves a batch after
 * assembly (held at release), so the ranges stay a cover of the batch's lines.
 */
export class BatchReferenceRanges1767600000000 implements MigrationInterface {
  name = 'BatchReferenceRanges1767600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE disbursement_batch ADD COLUMN reference_ranges int8multirange`);
    // Batches assembled before: their own references, adjacent ones merged.
    await q.query(`
      UPDATE disbursement_batch d
      SET reference_ranges = coalesce((SELECT range_agg(int8range(b.reference, b.reference + 1)) FROM batch_line b WHERE b.batch_id = d.id), '{}')`);
    await q.query(`ALTER TABLE disbursement_batch ALTER COLUMN reference_ranges SET NOT NULL`);
    await q.query(`DROP INDEX "IDX_batch_line_batch"`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "IDX_batch_line_batch" ON batch_line (batch_id, reference)`);
    await q.query(`ALTER TABLE disbursement_batch DROP COLUMN reference_ranges`);
  }
}
