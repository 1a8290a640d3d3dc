import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Deaths matched in public security files (户籍注销): a line that fails the checks is kept as a
 * refused report for review, and a conflicting date from a file line is kept once per line, so a
 * chunk that arrives again changes nothing.
 */
export class MatchedDeaths1764001800000 implements MigrationInterface {
  name = 'MatchedDeaths1764001800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "death_report_conflict" ADD COLUMN "match_id" uuid NULL`);
    await q.query(`CREATE UNIQUE INDEX "UQ_death_report_conflict_match" ON "death_report_conflict" ("match_id") WHERE "match_id" IS NOT NULL`);
    await q.query(`
      CREATE TABLE "death_report_refusal" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "match_id" uuid NOT NULL,
        "import_id" uuid NOT NULL,
        "resident_id" varchar(18) NOT NULL,
        "name" text NOT NULL,
        "date_of_death" date NOT NULL,
        "division_code" varchar(12) NOT NULL,
        "code" varchar(40) NOT NULL,
        "field" varchar(40) NOT NULL,
        "detail" text NOT NULL,
        "report" jsonb NOT NULL,
        "received_at" timestamptz NOT NULL,
        "recorded_by" text NOT NULL,
        CONSTRAINT "PK_death_report_refusal" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_death_report_refusal_match" UNIQUE ("match_id")
      )`);
    await q.query(`CREATE INDEX "IDX_death_report_refusal_received" ON "death_report_refusal" ("received_at" DESC, "id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "death_report_refusal"`);
    await q.query(`DROP INDEX "UQ_death_report_conflict_match"`);
    await q.query(`ALTER TABLE "death_report_conflict" DROP COLUMN "match_id"`);
  }
}
