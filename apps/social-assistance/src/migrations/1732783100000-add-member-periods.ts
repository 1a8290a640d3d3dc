import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Household composition over time: a member joins or leaves from a month (the benefit is
 * recomputed from then on, past months keep their members), and a member covered by 特困 is no
 * longer counted in the household's 低保 from the month their 特困 starts (no double coverage).
 */
export class AddMemberPeriods1732783100000 implements MigrationInterface {
  name = 'AddMemberPeriods1732783100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE "household_member"
        ADD COLUMN "joined_month" char(7) NULL,
        ADD COLUMN "left_month" char(7) NULL,
        ADD COLUMN "left_reason" varchar(20) NULL,
        ADD COLUMN "dibao_excluded_from" char(7) NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "household_member" DROP COLUMN "joined_month", DROP COLUMN "left_month", DROP COLUMN "left_reason", DROP COLUMN "dibao_excluded_from"`);
  }
}
