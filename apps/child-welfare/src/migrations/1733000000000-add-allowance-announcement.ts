import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The allowance spell last announced to other services (DOMAIN §5 no double payment): kept on
 * the child so each start and stop is published exactly once, whatever replays the same fact.
 */
export class AddAllowanceAnnouncement1733000000000 implements MigrationInterface {
  name = 'AddAllowanceAnnouncement1733000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "child" ADD "allowance_announced_category" varchar(24) NULL CHECK ("allowance_announced_category" IN ('ORPHAN', 'DE_FACTO_UNSUPPORTED'))`);
    await queryRunner.query(`ALTER TABLE "child" ADD "allowance_announced_from_month" char(7) NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "child" DROP "allowance_announced_from_month"`);
    await queryRunner.query(`ALTER TABLE "child" DROP "allowance_announced_category"`);
  }
}
