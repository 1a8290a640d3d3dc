import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Assessments record the 26 item scores of GB/T 42195-2022 (domain and total scores are computed
 * from them) and whether the person was in a coma. Assessments recorded before keep their four
 * domain scores and have no items.
 */
export class AssessmentItems1764000330000 implements MigrationInterface {
  name = 'AssessmentItems1764000330000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "assessment" ADD COLUMN "items" jsonb NULL, ADD COLUMN "coma" boolean NOT NULL DEFAULT false`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "assessment" DROP COLUMN "items", DROP COLUMN "coma"`);
  }
}
