import { execFileSync } from 'node:child_process';
import { Client } from 'pg';
import { PG, TEST_DB_PREFIX, testVhost } from './test-env';

export default async function globalTeardown(): Promise<void> {
  const runId = process.env.TEST_RUN_ID;
  if (!runId) return;
  // The run's vhost and the per-file ones made by isolateBroker share its name as a prefix.
  const vhosts = execFileSync('rabbitmqctl', ['-q', 'list_vhosts', 'name'], { encoding: 'utf8' })
    .split('\n')
    .map((v) => v.trim())
    .filter((v) => v === testVhost(runId) || v.startsWith(`${testVhost(runId)}-`));
  for (const vhost of vhosts) {
    try {
      execFileSync('rabbitmqctl', ['delete_vhost', vhost], { stdio: 'ignore' });
    } catch {
      // already gone
    }
  }
  const admin = new Client({ ...PG, database: 'postgres' });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ datname: string }>(
      'SELECT datname FROM pg_database WHERE datname LIKE $1',
      [`${TEST_DB_PREFIX}${runId}\\_%`],
    );
    for (const { datname } of rows) {
      await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
  } finally {
    await admin.end();
  }
}
