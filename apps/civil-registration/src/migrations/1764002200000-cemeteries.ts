import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Cemeteries and ash halls, their plots and niches, and the allocation of a place to a deceased
 * person: at most one allocation in force per place and per death, held by unique indexes so two
 * clerks allocating at once cannot both succeed.
 */
export class Cemeteries1764002200000 implements MigrationInterface {
  name = 'Cemeteries1764002200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "cemetery" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "code" varchar(30) NOT NULL,
        "name" varchar(100) NOT NULL,
        "kind" varchar(40) NOT NULL,
        "division_code" varchar(12) NOT NULL,
        "address" text NOT NULL,
        "plot_capacity" int NOT NULL,
        "niche_capacity" int NOT NULL,
        "recorded_by" text NOT NULL,
        CONSTRAINT "PK_cemetery" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_cemetery_code" UNIQUE ("code"),
        CONSTRAINT "CHK_cemetery_kind" CHECK ("kind" IN ('URBAN_PUBLIC_WELFARE_CEMETERY', 'RURAL_PUBLIC_WELFARE_CEMETERY', 'RURAL_ASH_HALL')),
        CONSTRAINT "CHK_cemetery_capacity" CHECK ("plot_capacity" >= 0 AND "niche_capacity" >= 0),
        CONSTRAINT "CHK_cemetery_ash_hall_no_plots" CHECK ("kind" <> 'RURAL_ASH_HALL' OR "plot_capacity" = 0)
      )`);
    await q.query(`CREATE INDEX "IDX_cemetery_division" ON "cemetery" ("division_code", "code")`);
    await q.query(`
      CREATE TABLE "cemetery_place" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "cemetery_id" uuid NOT NULL REFERENCES "cemetery" ("id"),
        "kind" varchar(10) NOT NULL,
        "code" varchar(40) NOT NULL,
        "status" varchar(20) NOT NULL DEFAULT 'AVAILABLE',
        CONSTRAINT "PK_cemetery_place" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_cemetery_place_code" UNIQUE ("cemetery_id", "code"),
        CONSTRAINT "CHK_cemetery_place_kind" CHECK ("kind" IN ('PLOT', 'NICHE')),
        CONSTRAINT "CHK_cemetery_place_status" CHECK ("status" IN ('AVAILABLE', 'ALLOCATED'))
      )`);
    await q.query(`
      CREATE TABLE "cemetery_allocation" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "place_id" uuid NOT NULL REFERENCES "cemetery_place" ("id"),
        "death_id" uuid NOT NULL REFERENCES "death_record" ("id"),
        "resident_id" varchar(18) NOT NULL,
        "allocated_on" date NOT NULL,
        "allocated_by" text NOT NULL,
        "status" varchar(20) NOT NULL DEFAULT 'ACTIVE',
        "released_on" date NULL,
        "released_by" text NULL,
        "release_reason" text NULL,
        CONSTRAINT "PK_cemetery_allocation" PRIMARY KEY ("id"),
        CONSTRAINT "CHK_cemetery_allocation_status" CHECK ("status" IN ('ACTIVE', 'RELEASED'))
      )`);
    await q.query(`CREATE UNIQUE INDEX "UQ_cemetery_allocation_place" ON "cemetery_allocation" ("place_id") WHERE "status" = 'ACTIVE'`);
    await q.query(`CREATE UNIQUE INDEX "UQ_cemetery_allocation_death" ON "cemetery_allocation" ("death_id") WHERE "status" = 'ACTIVE'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "cemetery_allocation"`);
    await q.query(`DROP TABLE "cemetery_place"`);
    await q.query(`DROP TABLE "cemetery"`);
  }
}
