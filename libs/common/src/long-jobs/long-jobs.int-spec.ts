import { DataSource } from 'typeorm';
import { createTestDatabase } from '../../../../test/support/databases';
import { PG } from '../../../../test/support/test-env';
import { waitFor } from '../../../../test/support/wait-for';
import type { Principal } from '../auth/claims';
import { ProblemException } from '../http/problem';
import { CreateLongJobs1767600000000 } from './long-job.migration';
import { LongJobs } from './long-jobs.service';

const alice: Principal = { sub: 'alice', roles: ['approver'] } as Principal;
const bob: Principal = { sub: 'bob', roles: ['approver'] } as Principal;
const auditor: Principal = { sub: 'carol', roles: ['auditor'] } as Principal;

/** A gate the test opens when the work may end. */
function gate(): { opened: Promise<void>; open: () => void } {
  let open: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

describe('LongJobs against real PostgreSQL', () => {
  let dataSource: DataSource;
  let jobs: LongJobs;

  beforeAll(async () => {
    const database = await createTestDatabase('common_long_jobs');
    dataSource = await new DataSource({ type: 'postgres', host: PG.host, port: PG.port, username: PG.user, password: PG.password, database, migrations: [CreateLongJobs1767600000000] }).initialize();
    await dataSource.runMigrations();
    jobs = new LongJobs(dataSource);
  });

  afterAll(async () => {
    await jobs.beforeApplicationShutdown();
    await dataSource.destroy();
  });

  it('reports the work’s progress while it runs, then its answer and where to read it', async () => {
    const release = gate();
    const started = await jobs.start({ kind: 'payroll.run', unit: 'lines', requestedBy: alice, resultLocation: () => '/api/v1/payrolls/2024-08/summary', answer: (n: number) => ({ status: 201, body: { created: n } }) }, async (progress) => {
      progress.setTotal(10);
      progress.advance(4);
      await release.opened;
      progress.advance(6);
      return 10;
    });
    expect(started).toMatchObject({ kind: 'payroll.run', status: 'RUNNING', requestedBy: 'alice', progress: { done: 0, total: null, unit: 'lines' } });

    const midway = await waitFor('progress written', async () => {
      const job = await jobs.get(started.id, alice);
      return job.progress.done === 4 ? job : undefined;
    });
    expect(midway).toMatchObject({ status: 'RUNNING', progress: { done: 4, total: 10 }, finishedAt: null, result: null });

    release.open();
    const done = await waitFor('job ended', async () => {
      const job = await jobs.get(started.id, alice);
      return job.status !== 'RUNNING' ? job : undefined;
    });
    expect(done).toMatchObject({ status: 'SUCCEEDED', progress: { done: 10, total: 10 }, resultStatus: 201, result: { created: 10 }, resultLocation: '/api/v1/payrolls/2024-08/summary', problem: null });
    expect(done?.finishedAt).not.toBeNull();
  });

  it('keeps the problem the route would have answered when the work fails', async () => {
    const started = await jobs.start({ kind: 'import', unit: 'bytes', requestedBy: alice }, async () => {
      throw new ProblemException({ status: 422, code: 'IMPORT.HEADER_MISMATCH', detail: 'column 2 should be name', errors: [{ field: 'name', code: 'HEADER_MISMATCH', message: 'expected' }] });
    });
    const failed = await waitFor('job failed', async () => {
      const job = await jobs.get(started.id, alice);
      return job.status !== 'RUNNING' ? job : undefined;
    });
    expect(failed).toMatchObject({ status: 'FAILED', result: null, resultStatus: null, problem: { status: 422, code: 'IMPORT.HEADER_MISMATCH', errors: [{ field: 'name' }] } });
  });

  it('shows a job to who started it and to an auditor, to nobody else', async () => {
    const started = await jobs.start({ kind: 'payroll.run', unit: 'lines', requestedBy: alice }, async () => 1);
    await expect(jobs.get(started.id, bob)).rejects.toMatchObject({ code: 'JOB.NOT_FOUND' });
    await expect(jobs.get(started.id, auditor)).resolves.toMatchObject({ id: started.id });
    await expect(jobs.get('00000000-0000-4000-8000-000000000000', alice)).rejects.toMatchObject({ code: 'JOB.NOT_FOUND' });
  });

  it('reads a running job whose heartbeat stopped (its process is gone) as INTERRUPTED', async () => {
    const [{ id }] = await dataSource.query(
      `INSERT INTO long_job (kind, status, unit, requested_by, heartbeat_at) VALUES ('payroll.run', 'RUNNING', 'lines', 'alice', now() - interval '2 minutes') RETURNING id`,
    );
    const [{ id: fresh }] = await dataSource.query(`INSERT INTO long_job (kind, status, unit, requested_by) VALUES ('payroll.run', 'RUNNING', 'lines', 'alice') RETURNING id`);
    await expect(jobs.get(id, alice)).resolves.toMatchObject({ status: 'INTERRUPTED', problem: { code: 'JOB.INTERRUPTED', status: 503 } });
    await expect(jobs.get(fresh, alice)).resolves.toMatchObject({ status: 'RUNNING', problem: null });
  });

  it('lets a stopping service finish the jobs it runs', async () => {
    const release = gate();
    const started = await jobs.start({ kind: 'payroll.run', unit: 'lines', requestedBy: alice }, async () => {
      await release.opened;
      return 'done';
    });
    const stopping = jobs.beforeApplicationShutdown();
    setTimeout(release.open, 200);
    await stopping;
    await expect(jobs.get(started.id, alice)).resolves.toMatchObject({ status: 'SUCCEEDED', result: 'done' });
  });
});
