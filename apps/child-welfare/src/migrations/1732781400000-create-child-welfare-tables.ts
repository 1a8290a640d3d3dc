import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateChildWelfareTables1732781400000 implements MigrationInterface {
  name = 'CreateChildWelfareTables1732781400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "child" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "resident_id" char(18) NOT NULL,
        "name" varchar(100) NOT NULL,
        "birth_date" date NOT NULL,
        "village_code" varchar(12) NOT NULL CHECK ("village_code" ~ '^[0-9]{12}$'),
        "township_code" varchar(9) NOT NULL CHECK ("township_code" = left("village_code", 9)),
        "carer_name" varchar(100) NOT NULL,
        "carer_relation" varchar(40) NOT NULL,
        "guardians" jsonb NOT NULL,
        "categories" text[] NOT NULL,
        "categories_derived_on" date NOT NULL,
        "status" varchar(10) NOT NULL CHECK ("status" IN ('ACTIVE', 'CLOSED')),
        "closed_on" date NULL,
        "closed_reason" varchar(40) NULL,
        "risk_tier" varchar(6) NOT NULL CHECK ("risk_tier" IN ('RED', 'ORANGE', 'GREEN')),
        "risk_reason" text NOT NULL,
        "tier_rated_on" date NOT NULL,
        "last_visit_on" date NULL,
        "next_visit_due" date NOT NULL,
        "version" integer NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_child" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_child_resident_id" UNIQUE ("resident_id")
      )`);
    // Deaths of parents are matched by resident ID inside the guardians list.
    await queryRunner.query(`CREATE INDEX "IDX_child_guardians" ON "child" USING gin ("guardians" jsonb_path_ops)`);
    // The township work list: active children by due date.
    await queryRunner.query(`CREATE INDEX "IDX_child_township_due" ON "child" ("township_code", "next_visit_due") WHERE "status" = 'ACTIVE'`);
    await queryRunner.query(`
      CREATE TABLE "reassessment" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "child_id" uuid NOT NULL REFERENCES "child" ("id"),
        "cause" varchar(40) NOT NULL,
        "cause_event_id" uuid NULL,
        "opened_on" date NOT NULL,
        "status" varchar(10) NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_reassessment" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_reassessment_cause" UNIQUE ("child_id", "cause_event_id")
      )`);
    await queryRunner.query(`
      CREATE TABLE "visit" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "child_id" uuid NOT NULL REFERENCES "child" ("id"),
        "visited_on" date NOT NULL,
        "visitor" varchar(200) NOT NULL,
        "notes" text NOT NULL,
        "tier_after" varchar(6) NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_visit" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_visit_child" ON "visit" ("child_id", "visited_on")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "visit"`);
    await queryRunner.query(`DROP TABLE "reassessment"`);
    await queryRunner.query(`DROP TABLE "child"`);
  }
}
