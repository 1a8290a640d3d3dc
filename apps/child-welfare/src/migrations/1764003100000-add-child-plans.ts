import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The per-child plan (一人一策, DOMAIN §5): the measures agreed for a child, each revision a new
 * version so the history is kept; the current plan is the newest version.
 */
export class AddChildPlans1764003100000 implements MigrationInterface {
  name = 'AddChildPlans1764003100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "child_plan" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "child_id" uuid NOT NULL REFERENCES "child"("id"),
        "version" integer NOT NULL CONSTRAINT "CHK_child_plan_version" CHECK ("version" >= 1),
        "agreed_on" date NOT NULL,
        "measures" jsonb NOT NULL,
        "notes" text,
        "recorded_by" varchar(200) NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "UQ_child_plan_version" UNIQUE ("child_id", "version")
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "child_plan"`);
  }
}
