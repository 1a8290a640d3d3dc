import type { MigrationInterface, QueryRunner } from 'typeorm';

/** 地名: naming records and rural place names collected, by administrative division. */
export class CreatePlaceNames1732781200000 implements MigrationInterface {
  name = 'CreatePlaceNames1732781200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "place_name" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "kind" varchar(20) NOT NULL,
        "name" varchar(100) NOT NULL,
        "category" varchar(30) NOT NULL,
        "region_code" varchar(12) NOT NULL,
        "origin" text NULL,
        "recorded_on" date NOT NULL,
        "recorded_by" text NOT NULL,
        CONSTRAINT "PK_place_name" PRIMARY KEY ("id"),
        CONSTRAINT "CHK_place_name_kind" CHECK ("kind" IN ('NAMING', 'RURAL_COLLECTION')),
        CONSTRAINT "UQ_place_name_region_category_name" UNIQUE ("region_code", "category", "name")
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_place_name_region" ON "place_name" ("region_code" varchar_pattern_ops)`);
    await queryRunner.query(`CREATE INDEX "IDX_place_name_recorded_on" ON "place_name" ("recorded_on")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "place_name"`);
  }
}
