import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The producer's state change and the consumer's effect, as small as real ones. */
export class CreateBenchTables1732781000000 implements MigrationInterface {
  name = 'CreateBenchTables1732781000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE bench_state (id uuid PRIMARY KEY, resident_id text NOT NULL, created_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`CREATE TABLE bench_effect (event_id uuid PRIMARY KEY, resident_id text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE bench_effect; DROP TABLE bench_state`);
  }
}
