import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';

interface PgClientLike {
  on(event: 'error', listener: (err: Error) => void): unknown;
}
interface PgPoolLike {
  on(event: 'connect', listener: (client: PgClientLike) => void): unknown;
  _clients?: PgClientLike[];
}

const GUARDED = Symbol('pool-error-guard');
const logger = new Logger('Database');

/**
 * node-postgres removes its own error listener from a client while the client is checked out of
 * the pool. If the server ends the connection then (a restart, `pg_terminate_backend`, a cut
 * network), the client emits 'error' with nobody listening and Node ends the process. A permanent
 * listener turns that into a log line: the query in flight fails with a transient error, the pool
 * drops the broken client on release, and the consumer retries the event.
 */
export function guardPoolClients(dataSource: DataSource): void {
  const pool = (dataSource.driver as unknown as { master?: PgPoolLike }).master;
  if (!pool) return;
  const guard = (client: PgClientLike): void => {
    const marked = client as PgClientLike & { [GUARDED]?: true };
    if (marked[GUARDED]) return;
    marked[GUARDED] = true;
    client.on('error', (err) => logger.warn(`database connection lost: ${err.message}`));
  };
  pool.on('connect', guard);
  for (const client of pool._clients ?? []) guard(client);
}
