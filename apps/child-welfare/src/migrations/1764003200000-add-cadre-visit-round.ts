import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The round (走访轮次) a cadre's visit belongs to: the bureau plans its pairing visits as rounds,
 * campaigns in which every paired cadre visits their child (city 2024: three rounds). Visits
 * recorded before, or outside any round, have none.
 */
export class AddCadreVisitRound1764003200000 implements MigrationInterface {
  name = 'AddCadreVisitRound1764003200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "cadre_visit" ADD COLUMN "round" smallint CONSTRAINT "CHK_cadre_visit_round" CHECK ("round" >= 1)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "cadre_visit" DROP COLUMN "round"`);
  }
}
