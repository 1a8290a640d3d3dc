import type { MigrationInterface, QueryRunner } from 'typeorm';

// gen_random_uuid() is built into PostgreSQL 13+, so no pgcrypto extension is needed.
export class CreatePolicyParameter1732780800000 implements MigrationInterface {
  name = 'CreatePolicyParameter1732780800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "policy_parameter" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "key" varchar(120) NOT NULL,
        "value" jsonb NOT NULL,
        "effective_from" date NOT NULL,
        "effective_to" date NULL,
        "note" text NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_policy_parameter" PRIMARY KEY ("id"),
        CONSTRAINT "CHK_policy_parameter_period" CHECK ("effective_to" IS NULL OR "effective_to" >= "effective_from")
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_policy_parameter_key" ON "policy_parameter" ("key")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_policy_parameter_key"`);
    await queryRunner.query(`DROP TABLE "policy_parameter"`);
  }
}
