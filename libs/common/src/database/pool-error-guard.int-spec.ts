import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { createTestDatabase } from '../../../../test/support/databases';
import { PG } from '../../../../test/support/test-env';
import { guardPoolClients } from './pool-error-guard';

// A connection cut while a transaction holds its client must fail that transaction, not the process.
describe('database connection cut while a client is checked out (real PostgreSQL)', () => {
  let dataSource: DataSource;
  const uncaught: Error[] = [];
  const onUncaught = (err: Error): void => void uncaught.push(err);

  beforeAll(async () => {
    const database = await createTestDatabase('common_pool_guard');
    dataSource = await new DataSource({ type: 'postgres', host: PG.host, port: PG.port, username: PG.user, password: PG.password, database, poolSize: 2 }).initialize();
    guardPoolClients(dataSource);
    process.prependListener('uncaughtException', onUncaught);
  });

  afterAll(async () => {
    process.removeListener('uncaughtException', onUncaught);
    await dataSource.destroy();
  });

  it('logs the lost connection, fails the checked-out client and keeps serving queries', async () => {
    // A raw checkout, as the outbox relay does: pg-pool has taken its own listener off the client.
    const pool = (dataSource.driver as unknown as { master: Pool }).master;
    const client = await pool.connect();
    const { rows } = await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');

    await dataSource.query('SELECT pg_terminate_backend($1)', [rows[0].pid]);
    await new Promise((resolve) => setTimeout(resolve, 200));

    await expect(client.query('SELECT 1')).rejects.toThrow();
    client.release(true);
    expect(uncaught).toEqual([]);
    expect(await dataSource.query('SELECT 41 + 1 AS answer')).toEqual([{ answer: 42 }]);
  });
});
