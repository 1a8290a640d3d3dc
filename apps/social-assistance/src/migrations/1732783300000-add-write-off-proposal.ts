import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A write-off is proposed by one person and approved by another (maker and checker): the
 * proposal is kept on the overpayment until a decider approves it.
 */
export class AddWriteOffProposal1732783300000 implements MigrationInterface {
  name = 'AddWriteOffProposal1732783300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "overpayment" ALTER COLUMN "status" TYPE varchar(20), ADD COLUMN "proposed_by" text NULL, ADD COLUMN "proposed_on" date NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE "overpayment" SET "status" = 'OPEN' WHERE "status" = 'WRITE_OFF_PROPOSED'`);
    await q.query(`ALTER TABLE "overpayment" DROP COLUMN "proposed_by", DROP COLUMN "proposed_on", ALTER COLUMN "status" TYPE varchar(12)`);
  }
}
