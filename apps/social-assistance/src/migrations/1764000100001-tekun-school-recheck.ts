import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 特困 of a minor: staying in school is re-checked at 18 (and each school year), no longer declared
 * at admission. Open cases of people admitted as minors whose 18th birthday month is still ahead
 * are covered to it again (an in-school extension declared at admission is dropped) and get the
 * re-check due on that birthday; those past 18 already keep their coverage and come up in the
 * work list at once (due on their 18th birthday), to be confirmed.
 */
export class TekunSchoolRecheck1764000100001 implements MigrationInterface {
  name = 'TekunSchoolRecheck1764000100001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "assistance_case" ADD COLUMN "school_recheck_due_on" date NULL, ADD COLUMN "school_checks" jsonb NOT NULL DEFAULT '[]'`);
    // The 18th birthday; 29 February falls on 1 March in common years (−1 day, +18 years, +1 day).
    await q.query(`
      UPDATE assistance_case c SET school_recheck_due_on = b.due,
        covered_until = CASE WHEN to_char(b.due, 'YYYY-MM') >= to_char(now() AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') THEN to_char(b.due, 'YYYY-MM') ELSE c.covered_until END
      FROM (SELECT id, (to_date(substr(resident_id, 7, 8), 'YYYYMMDD') - 1 + interval '18 years')::date + 1 AS due FROM assistance_case) b
      WHERE b.id = c.id AND c.program = 'TEKUN' AND c.covered_until IS NOT NULL AND c.status IN ('APPLIED', 'APPROVED', 'ACTIVE', 'SUSPENDED')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "assistance_case" DROP COLUMN "school_recheck_due_on", DROP COLUMN "school_checks"`);
  }
}
