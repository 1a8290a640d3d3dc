import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Volunteers (志愿者), the activities they served at and their hours (DOMAIN §5). */
export class AddVolunteers1764001520000 implements MigrationInterface {
  name = 'AddVolunteers1764001520000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "volunteer" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "name" varchar(100) NOT NULL,
        "phone" varchar(20) NOT NULL,
        "division_code" varchar(12) NOT NULL,
        "registered_on" date NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_volunteer_division" ON "volunteer" ("division_code", "registered_on")`);
    await queryRunner.query(`
      CREATE TABLE "volunteer_activity" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "division_code" varchar(12) NOT NULL,
        "held_on" date NOT NULL,
        "title" varchar(200) NOT NULL,
        "children_served" integer NOT NULL CONSTRAINT "CHK_volunteer_activity_children" CHECK ("children_served" >= 0),
        "recorded_by" varchar(200) NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_volunteer_activity_division" ON "volunteer_activity" ("division_code", "held_on")`);
    await queryRunner.query(`
      CREATE TABLE "volunteer_service" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "activity_id" uuid NOT NULL REFERENCES "volunteer_activity"("id"),
        "volunteer_id" uuid NOT NULL REFERENCES "volunteer"("id"),
        "hours" numeric(5,1) NOT NULL CONSTRAINT "CHK_volunteer_service_hours" CHECK ("hours" > 0 AND "hours" <= 24),
        CONSTRAINT "UQ_volunteer_service" UNIQUE ("activity_id", "volunteer_id")
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_volunteer_service_volunteer" ON "volunteer_service" ("volunteer_id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "volunteer_service"`);
    await queryRunner.query(`DROP TABLE "volunteer_activity"`);
    await queryRunner.query(`DROP TABLE "volunteer"`);
  }
}
