import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The register of child directors (儿童主任, a village) and supervisors (儿童督导员, a township)
 * with their trainings (DOMAIN §5). The partial unique index allows one open tenure per post, so
 * two concurrent appointments to an empty post cannot both succeed.
 */
export class AddStaffRegister1764001530000 implements MigrationInterface {
  name = 'AddStaffRegister1764001530000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "staff_member" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "role" varchar(20) NOT NULL,
        "name" varchar(100) NOT NULL,
        "resident_id" char(18) NOT NULL,
        "phone" varchar(20) NOT NULL,
        "division_code" varchar(12) NOT NULL,
        "appointed_on" date NOT NULL,
        "left_on" date,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "CHK_staff_member_post" CHECK (("role" = 'CHILD_DIRECTOR' AND length("division_code") = 12) OR ("role" = 'CHILD_SUPERVISOR' AND length("division_code") = 9)),
        CONSTRAINT "CHK_staff_member_tenure" CHECK ("left_on" IS NULL OR "left_on" >= "appointed_on")
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_staff_member_open_post" ON "staff_member" ("role", "division_code") WHERE "left_on" IS NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_staff_member_division" ON "staff_member" ("division_code")`);
    await queryRunner.query(`
      CREATE TABLE "staff_training" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "staff_id" uuid NOT NULL REFERENCES "staff_member"("id"),
        "division_code" varchar(12) NOT NULL,
        "trained_on" date NOT NULL,
        "hours" numeric(5,1) NOT NULL CONSTRAINT "CHK_staff_training_hours" CHECK ("hours" > 0),
        "topic" varchar(200) NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_staff_training_staff" ON "staff_training" ("staff_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_staff_training_division" ON "staff_training" ("division_code", "trained_on")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "staff_training"`);
    await queryRunner.query(`DROP TABLE "staff_member"`);
  }
}
