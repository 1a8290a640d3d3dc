import type { MigrationInterface, QueryRunner } from 'typeorm';

/** When a 低保 case is next due for review (periodic, or brought forward by a marriage or divorce). */
export class AddReviewDue1732782200000 implements MigrationInterface {
  name = 'AddReviewDue1732782200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "assistance_case" ADD COLUMN "review_due_on" date NULL`);
    await q.query(`CREATE INDEX "IDX_assistance_case_review_due" ON "assistance_case" ("review_due_on") WHERE "review_due_on" IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "assistance_case" DROP COLUMN "review_due_on"`);
  }
}
