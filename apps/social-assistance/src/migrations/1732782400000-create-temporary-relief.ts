import type { MigrationInterface, QueryRunner } from 'typeorm';

/** One-off temporary relief grants (临时救助). */
export class CreateTemporaryRelief1732782400000 implements MigrationInterface {
  name = 'CreateTemporaryRelief1732782400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "temporary_relief" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "resident_id" varchar(18) NOT NULL,
        "area" varchar(5) NOT NULL CHECK ("area" IN ('URBAN', 'RURAL')),
        "amount_fen" bigint NOT NULL CHECK ("amount_fen" > 0),
        "reason" text NOT NULL,
        "granted_on" date NOT NULL,
        "granted_by" text NOT NULL,
        CONSTRAINT "PK_temporary_relief" PRIMARY KEY ("id")
      )`);
    await q.query(`CREATE INDEX "IDX_temporary_relief_resident" ON "temporary_relief" ("resident_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "temporary_relief"`);
  }
}
