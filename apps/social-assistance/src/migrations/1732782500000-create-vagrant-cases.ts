import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Vagrant relief cases (流浪乞讨救助): intake, stay limit with recorded extensions, family search, outcome. */
export class CreateVagrantCases1732782500000 implements MigrationInterface {
  name = 'CreateVagrantCases1732782500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "vagrant_case" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "resident_id" varchar(18) NULL,
        "name" text NOT NULL,
        "minor" boolean NOT NULL,
        "admitted_on" date NOT NULL,
        "stay_until" date NOT NULL,
        "extensions" jsonb NOT NULL DEFAULT '[]',
        "family_search" jsonb NOT NULL DEFAULT '[]',
        "status" varchar(12) NOT NULL DEFAULT 'IN_CARE',
        "outcome" varchar(15) NULL,
        "closed_on" date NULL,
        "admitted_by" text NOT NULL,
        CONSTRAINT "PK_vagrant_case" PRIMARY KEY ("id")
      )`);
    await q.query(`CREATE INDEX "IDX_vagrant_case_open" ON "vagrant_case" ("stay_until") WHERE "status" = 'IN_CARE'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "vagrant_case"`);
  }
}
