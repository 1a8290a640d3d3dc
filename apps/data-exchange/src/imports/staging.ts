// Checked lines go into a temporary table with COPY, the way PostgreSQL loads a file fastest; the
// table lives for the import's one transaction (ON COMMIT DROP) and never reaches the disk's WAL.
// Refused lines go the same way (kind REFUSED, the refusal in `details`), so that a file of any
// size, however many of its lines are bad, is read in constant memory.
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { STAGED_COLUMNS } from './staged-rows';

export async function createStagingTable(client: PoolClient): Promise<void> {
  await client.query(`
    CREATE TEMP TABLE staged_line (
      line_no integer NOT NULL,
      kind varchar(20) NOT NULL,
      resident_id char(18),
      name text,
      event_date date,
      cover_month char(7),
      amount_fen bigint,
      reference text,
      fact_key text,
      details text NOT NULL
    ) ON COMMIT DROP`);
}

/** Writes staged rows to the temporary table through one COPY; `finish` waits until PostgreSQL has them all. */
export class StagingWriter {
  private readonly stream: Writable;
  private failure: Error | null = null;

  constructor(client: PoolClient) {
    this.stream = client.query(copyFrom(`COPY staged_line (${STAGED_COLUMNS}) FROM STDIN`));
    this.stream.on('error', (err: Error) => (this.failure = err));
  }

  /** Rows in COPY's text format (staged-rows.ts), each ending with a line break; waits while the stream is full. */
  async write(rows: string): Promise<void> {
    if (this.failure) throw this.failure;
    if (rows !== '' && !this.stream.write(rows)) await once(this.stream, 'drain');
  }

  async finish(): Promise<void> {
    this.stream.end();
    if (!this.stream.writableFinished) await once(this.stream, 'finish');
    if (this.failure) throw this.failure;
  }

  /** Stops the COPY; the transaction it is in must be rolled back. */
  abort(): void {
    this.stream.destroy();
  }
}

/** Stores the staged refusals as the import's refused lines, in one statement; answers how many. */
export async function storeStagedRefusals(client: PoolClient, importId: string): Promise<number> {
  const { rowCount } = await client.query(
    `INSERT INTO import_refusal (import_id, line_no, field, code, message)
     SELECT $1, line_no, r.field, r.code, r.message FROM staged_line, jsonb_to_record(details::jsonb) AS r(field text, code text, message text)
     WHERE kind = 'REFUSED'`,
    [importId],
  );
  return rowCount ?? 0;
}
