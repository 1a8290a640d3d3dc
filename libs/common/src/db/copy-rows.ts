// Many rows written with one COPY on a connection that may be inside a transaction.
import { finished } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

/** Writes `rows` (COPY text format, see copy-text.ts) into `target` ("table (col, …)") and waits until PostgreSQL has them. */
export async function copyRows(client: PoolClient, target: string, rows: string): Promise<void> {
  const stream = client.query(copyFrom(`COPY ${target} FROM STDIN`));
  stream.end(rows);
  await finished(stream);
}
