// What the fault suite does to the platform and how it looks at it afterwards: the local RabbitMQ
// node restarted for real, a database's connections cut, and read-only views of each service's
// database and of the run's queues.
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { amqpUrls } from '@app/messaging';
import { Client } from 'pg';
import { PG, testDatabaseName } from '../../support/test-env';
import type { ServiceName } from '../../system/support/platform';

/** Connections of the suite itself carry this name, so cutting a service's connections spares them. */
export const OBSERVER = 'fault-observer';

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** The database Platform gives a service in this run. */
export function databaseOf(service: ServiceName): string {
  return testDatabaseName(`sys_${service.replace('-', '_')}`);
}

/** Runs `sql` on a service's database over a short-lived observer connection. */
export async function query<T = Record<string, unknown>>(service: ServiceName, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ ...PG, database: databaseOf(service), application_name: OBSERVER });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

export async function count(service: ServiceName, sql: string, params: unknown[] = []): Promise<number> {
  const [row] = await query<{ n: string }>(service, sql, params);
  return Number(row.n);
}

/**
 * Terminates every backend of the service's database (except the suite's own) every `everyMs`
 * for `forMs`: pools, the relay's LISTEN connection and transactions in flight all lose their
 * connection, again and again. Returns how many backends were terminated.
 */
export async function cutConnections(service: ServiceName, forMs: number, everyMs = 200): Promise<number> {
  const admin = new Client({ ...PG, database: 'postgres', application_name: OBSERVER });
  await admin.connect();
  let terminated = 0;
  try {
    const until = Date.now() + forMs;
    while (Date.now() < until) {
      const { rows } = await admin.query<{ ok: boolean }>(
        `SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity
          WHERE datname = $1 AND pid <> pg_backend_pid() AND coalesce(application_name, '') <> $2`,
        [databaseOf(service), OBSERVER],
      );
      terminated += rows.filter((r) => r.ok).length;
      await sleep(everyMs);
    }
  } finally {
    await admin.end();
  }
  return terminated;
}

/** The vhost of the run (AMQP_URL is set by the global setup; of a list of nodes, the first URL's). */
export function runVhost(): string {
  return decodeURIComponent(new URL(amqpUrls(process.env.AMQP_URL!)[0]).pathname.slice(1));
}

/** rabbitmqctl's arguments for queueDepths' and queueStatus' listings, and how to read their output. */
export const QUEUE_DEPTHS_ARGS = (vhost: string): string[] => ['-q', '--no-table-headers', 'list_queues', '-p', vhost, 'name', 'messages'];
export const QUEUE_STATUS_ARGS = (vhost: string): string[] => ['-q', '--no-table-headers', 'list_queues', '-p', vhost, 'name', 'messages_ready', 'messages_unacknowledged', 'consumers'];

export function parseQueueDepths(out: string): Record<string, number> {
  const depths: Record<string, number> = {};
  for (const line of out.split('\n')) {
    const [name, messages] = line.trim().split(/\s+/);
    if (name) depths[name] = Number(messages);
  }
  return depths;
}

/** Messages (ready + unacknowledged) per queue of the run's vhost on the local node. */
export function queueDepths(): Record<string, number> {
  return parseQueueDepths(execFileSync('rabbitmqctl', QUEUE_DEPTHS_ARGS(runVhost()), { encoding: 'utf8' }));
}

/** Per queue of the run's vhost on the local node, "messages ready / unacknowledged / consumers": for a report of a stuck run. */
export function queueStatus(): Record<string, string> {
  return parseQueueStatus(execFileSync('rabbitmqctl', QUEUE_STATUS_ARGS(runVhost()), { encoding: 'utf8' }));
}

export function parseQueueStatus(out: string): Record<string, string> {
  const status: Record<string, string> = {};
  for (const line of out.split('\n')) {
    const [name, ready, unacked, consumers] = line.trim().split(/\s+/);
    if (name) status[name] = `${ready} ready / ${unacked} unacked / ${consumers} consumers`;
  }
  return status;
}

/**
 * Restarts the RabbitMQ application of the local node for real (every vhost, every connection):
 * stop_app, a pause, start_app, await_startup. Asynchronous, so the death stream goes on meanwhile.
 * Returns how long the broker was away, in ms.
 */
export async function restartBroker(downMs = 2_000): Promise<number> {
  const run = promisify(execFile);
  const started = Date.now();
  await run('rabbitmqctl', ['stop_app'], { timeout: 120_000 });
  await sleep(downMs);
  await run('rabbitmqctl', ['start_app'], { timeout: 120_000 });
  await run('rabbitmqctl', ['await_startup'], { timeout: 120_000 });
  return Date.now() - started;
}
