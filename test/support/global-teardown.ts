import { execFileSync } from 'node:child_process';
import Redis from 'ioredis';
import { Client } from 'pg';
import { PG, TEST_DB_PREFIX, testRedisPrefix, testVhost } from './test-env';

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
  await deleteRedisKeys(`${testRedisPrefix(runId)}*`);
}

/** Keys the run left in Redis (guards, locks, counters), found by its prefix. */
export async function deleteRedisKeys(pattern: string): Promise<void> {
  const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
