// Names and URLs for one integration-test run. Every run gets a fresh RabbitMQ vhost, its own
// databases and its own Redis key prefix, all derived from TEST_RUN_ID, so that a run never
// depends on what an earlier (possibly crashed) run left behind.
import { execFileSync } from 'node:child_process';
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

/**
 * Gives the calling test file a RabbitMQ vhost of its own and points AMQP_URL at it. Services
 * started by different files share queue names (`<service>.events`); without this, events a
 * file left unconsumed would be applied by the next file's instance, in the next file's database.
 */
export function isolateBroker(purpose: string, runId = ensureRunId()): string {
  const vhost = isolatedVhost(purpose, runId);
  execFileSync('rabbitmqctl', ['add_vhost', vhost], { stdio: 'ignore' });
  execFileSync('rabbitmqctl', ['set_permissions', '-p', vhost, 'guest', '.*', '.*', '.*'], { stdio: 'ignore' });
  process.env.AMQP_URL = `${amqpBaseUrl()}/${encodeURIComponent(vhost)}`;
  return process.env.AMQP_URL;
}

function isolatedVhost(purpose: string, runId: string): string {
  return `${testVhost(runId)}-${purpose.replace(/[^a-z0-9-]/gi, '-').toLowerCase()}`;
}

/**
 * Removes the file's vhost once its service has stopped. Every vhost holds five quorum queues per
 * service; left until the global teardown, a run's sixty-odd files kept some three hundred Raft
 * groups alive on a two-core broker, which then missed heartbeats and stalled queue declarations.
 */
export function releaseBroker(purpose: string, runId = ensureRunId()): void {
  try {
    execFileSync('rabbitmqctl', ['delete_vhost', isolatedVhost(purpose, runId)], { stdio: 'ignore' });
  } catch {
    // Already gone; the global teardown removes whatever a crashed file left.
  }
}
