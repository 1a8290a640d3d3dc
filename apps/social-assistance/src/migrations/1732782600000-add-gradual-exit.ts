import type { MigrationInterface, QueryRunner } from 'typeorm';

/** 渐退期: the last month of gradual exit and the amount kept until then. */
export class AddGradualExit1732782600000 implements MigrationInterface {
  name = 'AddGradualExit1732782600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "assistance_case" ADD COLUMN "gradual_exit_until" char(7) NULL, ADD COLUMN "gradual_exit_amount_fen" bigint NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "assistance_case" DROP COLUMN "gradual_exit_until", DROP COLUMN "gradual_exit_amount_fen"`);
  }
}
