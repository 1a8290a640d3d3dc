import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The version of what administrators edit on a user, answered as its ETag and checked against If-Match. */
export class ConsoleUserVersion1767300000000 implements MigrationInterface {
  name = 'ConsoleUserVersion1767300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "console_user" ADD COLUMN "version" integer NOT NULL DEFAULT 1`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "console_user" DROP COLUMN "version"`);
  }
}
