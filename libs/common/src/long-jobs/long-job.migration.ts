import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Long jobs of a service (a payroll run, a department's file): what was asked, how far it got and
 * how it ended, read at GET /api/v1/jobs/{id}. The heartbeat tells a job still running from one
 * whose process stopped under it.
 */
export class CreateLongJobs1767600000000 implements MigrationInterface {
  name = 'CreateLongJobs1767600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE long_job (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind varchar(100) NOT NULL,
        status varchar(20) NOT NULL CHECK (status IN ('RUNNING', 'SUCCEEDED', 'FAILED', 'INTERRUPTED')),
        unit varchar(20) NOT NULL,
        done bigint NOT NULL DEFAULT 0,
        total bigint,
        requested_by varchar(200) NOT NULL,
        requested_at timestamptz NOT NULL DEFAULT now(),
        heartbeat_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz,
        result_status smallint,
        result jsonb,
        result_location text,
        problem jsonb
      )`);
    await q.query(`CREATE INDEX long_job_running ON long_job (heartbeat_at) WHERE status = 'RUNNING'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE long_job`);
  }
}
