import type { MigrationInterface, QueryRunner } from 'typeorm';

const RENAMES: Array<[kind: 'CONSTRAINT' | 'INDEX', from: string, to: string]> = [
  ['CONSTRAINT', 'PK_enrolment', 'PK_enrollment'],
  ['CONSTRAINT', 'UQ_enrolment_case_resident', 'UQ_enrollment_case_resident'],
  ['INDEX', 'IDX_enrolment_resident', 'IDX_enrollment_resident'],
  ['INDEX', 'enrolment_one_open_per_person', 'enrollment_one_open_per_person'],
];

/** "enrollment", as the event contracts spell it, in the database as in the code. */
export class EnrollmentSpelling1764000700000 implements MigrationInterface {
  name = 'EnrollmentSpelling1764000700000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "enrolment" RENAME TO "enrollment"`);
    for (const [kind, from, to] of RENAMES) {
      await queryRunner.query(kind === 'INDEX' ? `ALTER INDEX "${from}" RENAME TO "${to}"` : `ALTER TABLE "enrollment" RENAME CONSTRAINT "${from}" TO "${to}"`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [kind, from, to] of RENAMES) {
      await queryRunner.query(kind === 'INDEX' ? `ALTER INDEX "${to}" RENAME TO "${from}"` : `ALTER TABLE "enrollment" RENAME CONSTRAINT "${to}" TO "${from}"`);
    }
    await queryRunner.query(`ALTER TABLE "enrollment" RENAME TO "enrolment"`);
  }
}
