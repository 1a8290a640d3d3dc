import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An opaque id per elder, so that the console can open an elder's page without a resident ID in
 * its address; and an index for the registry's list, which filters by a division prefix and sorts
 * by name.
 */
export class ElderOpaqueId1764003000000 implements MigrationInterface {
  name = 'ElderOpaqueId1764003000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "elder" ADD COLUMN "id" uuid NOT NULL DEFAULT gen_random_uuid()`);
    await q.query(`CREATE UNIQUE INDEX "UQ_elder_id" ON "elder" ("id")`);
    await q.query(`CREATE INDEX "IX_elder_region_name" ON "elder" ("region" varchar_pattern_ops, "name")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IX_elder_region_name"`);
    await q.query(`DROP INDEX "UQ_elder_id"`);
    await q.query(`ALTER TABLE "elder" DROP COLUMN "id"`);
  }
}
