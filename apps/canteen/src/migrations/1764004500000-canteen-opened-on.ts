import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The day each canteen opened, so the annual report can count the canteens open at the start of
 * the year and those opened in it (the summary's "8 → 12"). Canteens registered before it was
 * recorded take the day they were registered (Beijing time), the best the register knows.
 */
export class CanteenOpenedOn1764004500000 implements MigrationInterface {
  name = 'CanteenOpenedOn1764004500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "canteen" ADD COLUMN "opened_on" date`);
    await q.query(`UPDATE "canteen" SET "opened_on" = ("created_at" AT TIME ZONE 'Asia/Shanghai')::date`);
    await q.query(`ALTER TABLE "canteen" ALTER COLUMN "opened_on" SET NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "canteen" DROP COLUMN "opened_on"`);
  }
}
