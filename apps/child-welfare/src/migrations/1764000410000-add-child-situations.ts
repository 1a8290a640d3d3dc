import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The child's own and the household's situation (disability, serious illness, 低保/特困/边缘
 * household), read by the city's 特殊困难儿童 criteria (DOMAIN §5).
 */
export class AddChildSituations1764000410000 implements MigrationInterface {
  name = 'AddChildSituations1764000410000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "child" ADD "situations" text[] NOT NULL DEFAULT '{}'
         CONSTRAINT "CHK_child_situations" CHECK ("situations" <@ ARRAY['DISABLED', 'SEVERELY_DISABLED', 'SERIOUSLY_ILL', 'DIBAO_HOUSEHOLD', 'TEKUN_HOUSEHOLD', 'BORDERLINE_HOUSEHOLD']::text[])`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "child" DROP "situations"`);
  }
}
