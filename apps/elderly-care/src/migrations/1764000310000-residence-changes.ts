import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Residence changes (moved away), with the source that reported them: the high-age allowance and
 * the service subsidy stop from the month after (DOMAIN §4).
 */
export class ResidenceChanges1764000310000 implements MigrationInterface {
  name = 'ResidenceChanges1764000310000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "residence_change" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "resident_id" char(18) NOT NULL,
        "moved_on" date NOT NULL,
        "source" varchar(20) NOT NULL CHECK ("source" IN ('PUBLIC_SECURITY', 'REGISTRY', 'CIVIL_REGISTRATION', 'VILLAGE')),
        "received_at" timestamptz NOT NULL,
        "recorded_by" varchar(100) NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_residence_change" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_residence_change_day" UNIQUE ("resident_id", "moved_on")
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "residence_change"`);
  }
}
