import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The enrolment read model takes the columns every service's copy has (libs/common read-models),
 * so that one writer serves them all.
 */
export class EnrollmentReadModelColumns1764000600000 implements MigrationInterface {
  name = 'EnrollmentReadModelColumns1764000600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "enrolment_status" RENAME COLUMN "start_month" TO "from_month"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "enrolment_status" RENAME COLUMN "from_month" TO "start_month"`);
  }
}
