import type { MigrationInterface, QueryRunner } from 'typeorm';

/** "enrollment", as the event contracts spell it, in the database as in the code. */
export class EnrollmentSpelling1764000700000 implements MigrationInterface {
  name = 'EnrollmentSpelling1764000700000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "enrolment_status" RENAME TO "enrollment_status"`);
    await queryRunner.query(`ALTER TABLE "enrollment_status" RENAME CONSTRAINT "PK_enrolment_status" TO "PK_enrollment_status"`);
    await queryRunner.query(`ALTER INDEX "IDX_enrolment_status_resident" RENAME TO "IDX_enrollment_status_resident"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER INDEX "IDX_enrollment_status_resident" RENAME TO "IDX_enrolment_status_resident"`);
    await queryRunner.query(`ALTER TABLE "enrollment_status" RENAME CONSTRAINT "PK_enrollment_status" TO "PK_enrolment_status"`);
    await queryRunner.query(`ALTER TABLE "enrollment_status" RENAME TO "enrolment_status"`);
  }
}
