import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The enrolment read model takes the columns every service's copy has (libs/common read-models):
 * whole months instead of first days, so that one writer and one coveredOn serve them all. The
 * bounds were always first days of months, so nothing is lost.
 */
export class EnrollmentReadModelInMonths1764000600000 implements MigrationInterface {
  name = 'EnrollmentReadModelInMonths1764000600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "assistance_enrollment" ADD COLUMN "from_month" char(7) NULL, ADD COLUMN "stop_from_month" char(7) NULL`);
    await queryRunner.query(
      `UPDATE "assistance_enrollment" SET "from_month" = to_char("covered_from", 'YYYY-MM'), "stop_from_month" = to_char("covered_until", 'YYYY-MM')`,
    );
    await queryRunner.query(`ALTER TABLE "assistance_enrollment" DROP COLUMN "covered_from", DROP COLUMN "covered_until", DROP COLUMN "updated_at"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "assistance_enrollment" ADD COLUMN "covered_from" date NULL, ADD COLUMN "covered_until" date NULL, ADD COLUMN "updated_at" timestamptz NOT NULL DEFAULT now()`,
    );
    await queryRunner.query(
      `UPDATE "assistance_enrollment" SET "covered_from" = to_date("from_month", 'YYYY-MM'), "covered_until" = to_date("stop_from_month", 'YYYY-MM')`,
    );
    await queryRunner.query(`ALTER TABLE "assistance_enrollment" DROP COLUMN "from_month", DROP COLUMN "stop_from_month"`);
  }
}
