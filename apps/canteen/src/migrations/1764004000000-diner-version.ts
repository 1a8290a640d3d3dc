import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The diner's version, answered as its ETag and checked against If-Match on updates; existing diners start at 1. */
export class DinerVersion1764004000000 implements MigrationInterface {
  name = 'DinerVersion1764004000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "diner" ADD COLUMN "version" integer NOT NULL DEFAULT 1`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "diner" DROP COLUMN "version"`);
  }
}
