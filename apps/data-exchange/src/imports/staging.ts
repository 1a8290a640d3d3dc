// Checked lines go into a temporary table with COPY, the way PostgreSQL loads a file fastest; the
// table lives for the import's one transaction (ON COMMIT DROP) and never reaches the disk's WAL.
// Refused lines go the same way (kind REFUSED, the refusal in `details`), so that a file of any
// size, however many of its lines are bad, is read in constant memory.
import { once } from 'node:events';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Writable } from 'node:stream';
import type { StagedRecord } from '../data-sets/data-set-catalogue';
import type { RowRefusal } from '../data-sets/rules/read-row.rule';

const COLUMNS = 'line_no, kind, resident_id, name, event_date, cover_month, amount_fen, reference, fact_key, details';

/** Lines per write to the COPY stream: one write of ~100 KB instead of a thousand small ones. */
const LINES_PER_WRITE = 1000;

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

/** A value in COPY's text format: backslash, tab and line breaks escaped; null as \N. */
function copyText(value: string | number | null): string {
  if (value === null) return '\\N';
  if (typeof value === 'number') return String(value);
  return /[\\\t\n\r]/.test(value) ? value.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r') : value;
}

/** Writes staged records to the temporary table through one COPY; `finish` waits until PostgreSQL has them all. */
export class StagingWriter {
  private readonly stream: Writable;
  private pending: string[] = [];
  private failure: Error | null = null;

  constructor(client: PoolClient) {
    this.stream = client.query(copyFrom(`COPY staged_line (${COLUMNS}) FROM STDIN`));
    this.stream.on('error', (err: Error) => (this.failure = err));
  }

  /** `coverMonth`: the month the person must have been covered in for the record to concern the platform. */
  add(line: number, record: StagedRecord, coverMonth: string): void {
    const { details } = record;
    this.pending.push(
      `${line}\t${record.kind}\t${record.residentId}\t${copyText(record.name)}\t${record.eventDate}\t${coverMonth}\t${copyText(record.amountFen)}\t${copyText(record.reference)}\t${copyText(record.factKey)}\t${copyText(JSON.stringify(details))}`,
    );
  }

  /** A refused line, kept with its verdict until the import is recorded. */
  refuse(line: number, refusal: RowRefusal): void {
    this.pending.push(`${line}\tREFUSED\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t${copyText(JSON.stringify(refusal))}`);
  }

  /** Hands what was added to PostgreSQL once enough has gathered, waiting while the stream is full. */
  async flushIfFull(): Promise<void> {
    if (this.pending.length >= LINES_PER_WRITE) await this.flush();
  }

  async finish(): Promise<void> {
    await this.flush();
    this.stream.end();
    if (!this.stream.writableFinished) await once(this.stream, 'finish');
    if (this.failure) throw this.failure;
  }

  /** Stops the COPY; the transaction it is in must be rolled back. */
  abort(): void {
    this.stream.destroy();
  }

  private async flush(): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.pending.length === 0) return;
    const text = `${this.pending.join('\n')}\n`;
    this.pending = [];
    if (!this.stream.write(text)) await once(this.stream, 'drain');
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
