import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The 特困 care form of an enrolment: only dispersed 特困 (and 低保) get the service subsidy (DOMAIN §4). */
export class EnrollmentCareForm1764000320000 implements MigrationInterface {
  name = 'EnrollmentCareForm1764000320000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "assistance_enrollment" ADD COLUMN "care_form" varchar(10) NULL CHECK ("care_form" IN ('CENTRAL', 'DISPERSED'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "assistance_enrollment" DROP COLUMN "care_form"`);
  }
}
