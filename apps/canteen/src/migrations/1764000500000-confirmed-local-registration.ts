import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Local registration is no longer assumed (DOMAIN §7): a diner registered without it is unknown
 * (NULL) and eats at full price until a clerk confirms it, with the evidence seen. Diners already
 * stored keep their value: they were registered under the old rule and the clerk may review them.
 */
export class ConfirmedLocalRegistration1764000500000 implements MigrationInterface {
  name = 'ConfirmedLocalRegistration1764000500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "diner" ALTER COLUMN "local_registration" DROP DEFAULT`);
    await queryRunner.query(`ALTER TABLE "diner" ALTER COLUMN "local_registration" DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE "diner" ADD COLUMN "local_registration_evidence" varchar(200) NULL`);
    await queryRunner.query(`ALTER TABLE "diner" ADD COLUMN "local_registration_confirmed_on" date NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "diner" DROP COLUMN "local_registration_confirmed_on"`);
    await queryRunner.query(`ALTER TABLE "diner" DROP COLUMN "local_registration_evidence"`);
    await queryRunner.query(`UPDATE "diner" SET "local_registration" = true WHERE "local_registration" IS NULL`);
    await queryRunner.query(`ALTER TABLE "diner" ALTER COLUMN "local_registration" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "diner" ALTER COLUMN "local_registration" SET DEFAULT true`);
  }
}
