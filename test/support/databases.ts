import { Client } from 'pg';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { PG, testDatabaseName } from './test-env';

/** Creates a fresh database for this run and purpose (dropped by the global teardown). */
export async function createTestDatabase(purpose: string): Promise<string> {
  const name = testDatabaseName(purpose);
  const admin = new Client({ ...PG, database: 'postgres' });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  return name;
}

export async function dropTestDatabase(name: string): Promise<void> {
  const admin = new Client({ ...PG, database: 'postgres' });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

/** A DataSource on a test database with the given migrations run. */
export async function openDataSource(
  database: string,
  migrations: NonNullable<DataSourceOptions['migrations']>,
  entities: NonNullable<DataSourceOptions['entities']> = [],
): Promise<DataSource> {
  const dataSource = new DataSource({
    type: 'postgres',
    host: PG.host,
    port: PG.port,
    username: PG.user,
    password: PG.password,
    database,
    migrations,
    entities,
    migrationsRun: true,
    poolSize: 10,
    // Lets fault tests cut a service's connections without cutting the test's own.
    extra: { application_name: 'test-observer' },
  });
  await dataSource.initialize();
  return dataSource;
}
