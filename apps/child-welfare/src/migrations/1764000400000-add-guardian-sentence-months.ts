import type { MigrationInterface, QueryRunner } from 'typeorm';

const WITH = (column: string) => `(SELECT coalesce(jsonb_agg(CASE WHEN g ? 'sentenceMonths' THEN g ELSE g || '{"sentenceMonths": null}'::jsonb END ORDER BY n), '[]'::jsonb)
  FROM jsonb_array_elements("${column}") WITH ORDINALITY AS e(g, n))`;
const WITHOUT = (column: string) => `(SELECT coalesce(jsonb_agg(g - 'sentenceMonths' ORDER BY n), '[]'::jsonb) FROM jsonb_array_elements("${column}") WITH ORDINALITY AS e(g, n))`;

/**
 * A parent's situation records the length of a custodial sentence (DOMAIN §5: a sentence of at
 * least the minimum counts from the first day of custody). Parents and guardians are kept as
 * JSON with the child: existing ones get `sentenceMonths: null` (not recorded).
 */
export class AddGuardianSentenceMonths1764000400000 implements MigrationInterface {
  name = 'AddGuardianSentenceMonths1764000400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE "child" SET "guardians" = ${WITH('guardians')}`);
    await queryRunner.query(`UPDATE "child" SET "guardians_before_adoption" = ${WITH('guardians_before_adoption')} WHERE "guardians_before_adoption" IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE "child" SET "guardians_before_adoption" = ${WITHOUT('guardians_before_adoption')} WHERE "guardians_before_adoption" IS NOT NULL`);
    await queryRunner.query(`UPDATE "child" SET "guardians" = ${WITHOUT('guardians')}`);
  }
}
