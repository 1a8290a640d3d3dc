import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What an ability assessment is for: a home care bed (家庭养老床位), home services (居家服务) or
 * admission to an institution (机构入住). The API requires it from now on; assessments recorded
 * before did not say, and stay null rather than be given a purpose nobody recorded.
 */
export class AssessmentPurpose1764002020000 implements MigrationInterface {
  name = 'AssessmentPurpose1764002020000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE "assessment" ADD COLUMN "purpose" varchar(20) NULL
        CONSTRAINT "CK_assessment_purpose" CHECK ("purpose" IN ('HOME_BED', 'HOME_SERVICE', 'INSTITUTION'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "assessment" DROP COLUMN "purpose"`);
  }
}
