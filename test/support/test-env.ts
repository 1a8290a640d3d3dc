// Names and URLs for one integration-test run. Every run gets a fresh RabbitMQ vhost, its own
// databases and its own Redis key prefix, all derived from TEST_RUN_ID, so that a run never
// depends on what an earlier (possibly crashed) run left behind.
import { randomBytes } from 'node:crypto';

export const TEST_DB_PREFIX = 'cap_t_';

export function ensureRunId(): string {
  if (!process.env.TEST_RUN_ID) {
    process.env.TEST_RUN_ID = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  }
  return process.env.TEST_RUN_ID;
}

export function testVhost(runId = ensureRunId()): string {
  return `cap-test-${runId}`;
}

/** A database name unique to this run and purpose, e.g. testDatabaseName('outbox') */
export function testDatabaseName(purpose: string, runId = ensureRunId()): string {
  return `${TEST_DB_PREFIX}${runId}_${purpose.replace(/[^a-z0-9_]/gi, '_').toLowerCase()}`;
}

export function testRedisPrefix(runId = ensureRunId()): string {
  return `cap-test:${runId}:`;
}

export function amqpBaseUrl(): string {
  return process.env.TEST_AMQP_BASE_URL ?? 'amqp://guest:guest@127.0.0.1:5672';
}

export function testAmqpUrl(runId = ensureRunId()): string {
  return `${amqpBaseUrl()}/${encodeURIComponent(testVhost(runId))}`;
}

export const PG = {
  host: process.env.PGHOST_TEST ?? process.env.DB_HOST ?? '127.0.0.1',
  port: Number(process.env.DB_PORT ?? 5432),
  user: process.env.DB_USER ?? 'postgres',
  password: process.env.DB_PASSWORD ?? '',
};
