import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Study grants (福彩圆梦, the de facto unsupported children's grant) and student aid paid through
 * the education authorities (DOMAIN §5). Each is unique per child and term, so two concurrent
 * requests cannot both pass.
 */
export class AddStudyGrantsAndStudentAid1764001500000 implements MigrationInterface {
  name = 'AddStudyGrantsAndStudentAid1764001500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "study_grant" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "child_id" uuid NOT NULL REFERENCES "child"("id"),
        "village_code" varchar(12) NOT NULL,
        "kind" varchar(20) NOT NULL CONSTRAINT "CHK_study_grant_kind" CHECK ("kind" IN ('FUCAI_YUANMENG', 'DE_FACTO_STUDY')),
        "term" varchar(11) NOT NULL CONSTRAINT "CHK_study_grant_term" CHECK ("term" ~ '^\\d{4}-(SPRING|AUTUMN)$'),
        "amount_fen" integer NOT NULL CONSTRAINT "CHK_study_grant_amount" CHECK ("amount_fen" > 0),
        "granted_on" date NOT NULL,
        "school" varchar(200) NOT NULL,
        "recorded_by" varchar(200) NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "UQ_study_grant_child_term" UNIQUE ("child_id", "term")
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_study_grant_village" ON "study_grant" ("village_code", "granted_on")`);
    await queryRunner.query(`
      CREATE TABLE "student_aid" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "child_id" uuid NOT NULL REFERENCES "child"("id"),
        "village_code" varchar(12) NOT NULL,
        "stage" varchar(12) NOT NULL CONSTRAINT "CHK_student_aid_stage" CHECK ("stage" IN ('PRESCHOOL', 'COMPULSORY', 'SENIOR_HIGH', 'VOCATIONAL')),
        "term" varchar(11) NOT NULL CONSTRAINT "CHK_student_aid_term" CHECK ("term" ~ '^\\d{4}-(SPRING|AUTUMN)$'),
        "amount_fen" integer NOT NULL CONSTRAINT "CHK_student_aid_amount" CHECK ("amount_fen" > 0),
        "paid_on" date NOT NULL,
        "paid_through" varchar(200) NOT NULL,
        "recorded_by" varchar(200) NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "UQ_student_aid_child_term" UNIQUE ("child_id", "term")
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_student_aid_village" ON "student_aid" ("village_code", "term")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "student_aid"`);
    await queryRunner.query(`DROP TABLE "study_grant"`);
  }
}
