import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One person, one guarantee (DOMAIN §1): at most one open enrolment (coverage claim) per person,
 * across households and programmes, enforced by a unique index so that two concurrent approvals
 * cannot both cover the same person.
 *
 * People covered twice before this change: the earliest coverage (first start month, then the
 * earliest decided case) is kept. Every later one stops from next month (Asia/Shanghai; from its
 * own start month when that is later) with reason DUPLICATE_COVERAGE: a 低保 household no longer
 * counts the person from then on (dibao_excluded_from) and its case becomes due for review today,
 * so a caseworker sees it; a 特困 case, which covers only that person, stops. Months already paid
 * are left as they are (the review decides on recovery).
 */
export class OnePersonOneGuarantee1764000100000 implements MigrationInterface {
  name = 'OnePersonOneGuarantee1764000100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TEMPORARY TABLE duplicate_coverage AS
      WITH next_month AS (SELECT to_char(date_trunc('month', now() AT TIME ZONE 'Asia/Shanghai') + interval '1 month', 'YYYY-MM') AS m),
      ranked AS (
        SELECT e.id, e.case_id, e.household_id, e.resident_id, e.program, e.start_month,
               row_number() OVER (PARTITION BY e.resident_id ORDER BY e.start_month, c.decided_on NULLS LAST, c.id) AS n
        FROM enrolment e JOIN assistance_case c ON c.id = e.case_id
        WHERE e.stop_from_month IS NULL
      )
      SELECT r.id, r.case_id, r.household_id, r.resident_id, r.program, GREATEST(r.start_month, nm.m) AS stop_from
      FROM ranked r CROSS JOIN next_month nm WHERE r.n > 1`);
    await q.query(`UPDATE enrolment e SET stop_from_month = d.stop_from, stop_reason = 'DUPLICATE_COVERAGE' FROM duplicate_coverage d WHERE d.id = e.id`);
    await q.query(`
      UPDATE household_member m SET dibao_excluded_from = d.stop_from FROM duplicate_coverage d
      WHERE d.program = 'DIBAO' AND m.household_id = d.household_id AND m.resident_id = d.resident_id
        AND (m.dibao_excluded_from IS NULL OR m.dibao_excluded_from > d.stop_from)`);
    await q.query(`
      UPDATE assistance_case c SET review_due_on = LEAST(coalesce(c.review_due_on, (now() AT TIME ZONE 'Asia/Shanghai')::date), (now() AT TIME ZONE 'Asia/Shanghai')::date)
      FROM duplicate_coverage d WHERE d.program = 'DIBAO' AND c.id = d.case_id`);
    await q.query(`
      UPDATE assistance_case c SET status = 'STOPPED', reason = 'DUPLICATE_COVERAGE', stop_from_month = d.stop_from
      FROM duplicate_coverage d WHERE d.program = 'TEKUN' AND c.id = d.case_id AND c.status IN ('APPLIED', 'APPROVED', 'ACTIVE', 'SUSPENDED')`);
    await q.query(`DROP TABLE duplicate_coverage`);
    await q.query(`CREATE UNIQUE INDEX "enrolment_one_open_per_person" ON "enrolment" ("resident_id") WHERE "stop_from_month" IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    // The duplicates stopped by up() stay stopped: reopening them would pay people twice.
    await q.query(`DROP INDEX "enrolment_one_open_per_person"`);
  }
}
