import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Community elderly care facilities (DOMAIN §4): street centres at their township, home-care
 * centres, rural happiness homes and activity rooms at their community or village, so the annual
 * report can show how many communities each type covers.
 */
export class CommunityFacilities1764002000000 implements MigrationInterface {
  name = 'CommunityFacilities1764002000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "facility" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "code" varchar(30) NOT NULL,
        "facility_name" varchar(200) NOT NULL,
        "facility_type" varchar(30) NOT NULL CHECK ("facility_type" IN ('STREET_CENTRE', 'COMMUNITY_HOME_CARE_CENTRE', 'RURAL_HAPPINESS_HOME', 'ACTIVITY_ROOM')),
        "division_code" varchar(12) NOT NULL CHECK ("division_code" ~ '^\\d{9}(\\d{3})?$'),
        "address" varchar(400) NOT NULL,
        "opened_on" date NOT NULL,
        "status" varchar(10) NOT NULL CHECK ("status" IN ('OPEN', 'SUSPENDED', 'CLOSED')),
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_facility" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_facility_code" UNIQUE ("code")
      )`);
    await q.query(`CREATE INDEX "IX_facility_division" ON "facility" ("division_code" varchar_pattern_ops)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "facility"`);
  }
}
