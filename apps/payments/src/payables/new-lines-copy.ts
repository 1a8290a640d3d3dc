// A chunk of plain approved lines (no re-issues, which is every chunk of a monthly payroll)
// written with COPY: PostgreSQL's bulk path writes the rows and their index entries without the
// speculative insertion `ON CONFLICT` needs per row, which was most of a chunk's time. The COPY
// is tried first, in a savepoint: a chunk's lines are almost always new, and looking their ids up
// beforehand descended the uuid key once more per line (about 5 ms a chunk, bench/payments). Only
// when the COPY meets a line already here (a payroll approved twice, the same chunk resent in a
// new event, a line committed by another transaction at the same moment) is it rolled back to the
// savepoint and written again without the lines the look-up finds.
import { copyRows } from '@app/common/db/copy-rows';
import { copyRow } from '@app/common/db/copy-text';
import type { PayableLine, PayablesApprovedV1, ServiceName } from '@app/contracts';
import type { PoolClient } from 'pg';

export interface KnownApproval {
  ownerService: string;
  month: string;
  chunkCount: number;
}

/**
 * The approval's header (first chunk only, what it said before) and whether this chunk is here.
 * The header's insert runs whatever the answer: a conflict throws and the
 * transaction rolls it back.
 */
const BEFORE_COPY = `
WITH known AS (
  SELECT owner_service AS "ownerService", month, chunk_count AS "chunkCount" FROM approval WHERE approval_id = $1
),
header AS (
  INSERT INTO approval (approval_id, owner_service, month, approved_by, chunk_count) VALUES ($1, $2, $3, $4, $5)
  ON CONFLICT (approval_id) DO NOTHING
)
SELECT (SELECT row_to_json(known) FROM known) AS known,
       EXISTS (SELECT 1 FROM approval_chunk WHERE approval_id = $1 AND chunk_index = $6) AS "chunkHere"`;

const LINES_HERE = `SELECT line_id::text FROM payable_line WHERE line_id = ANY($1::uuid[])`;

const LINE_COLUMNS = 'payable_line (line_id, approval_id, owner_service, programme, period, month, payee_kind, payee_key, organisation_name, amount_fen)';

const RECORD_CHUNK = `
INSERT INTO approval_chunk (approval_id, chunk_index, event_id, line_count, amount_fen, new_lines, new_amount_fen, refused_lines)
VALUES ($1, $2, $3, $4, $5, $6, $7, 0)
ON CONFLICT (approval_id, chunk_index) DO NOTHING`;

export interface BeforeCopy {
  known: KnownApproval | null;
  chunkHere: boolean;
}

export async function lookBeforeCopy(client: PoolClient, ownerService: ServiceName, data: PayablesApprovedV1): Promise<BeforeCopy> {
  const { rows } = await client.query<BeforeCopy>({
    name: 'payments_before_chunk_copy',
    text: BEFORE_COPY,
    values: [data.approvalId, ownerService, data.month, data.approvedBy, data.chunk.count, data.chunk.index],
  });
  return rows[0];
}

const UNIQUE_VIOLATION = '23505';

/** The chunk's lines not here yet, each once (the first of two with one id), as COPY rows. */
function newLineRows(ownerService: ServiceName, data: PayablesApprovedV1, linesHere: Set<string>): { rows: string; count: number; amountFen: number } {
  const seen = new Set(linesHere);
  let rows = '';
  let count = 0;
  let amountFen = 0;
  for (const line of data.lines) {
    const id = line.lineId.toLowerCase();
    if (seen.has(id)) continue;
    seen.add(id);
    rows += copyRow([id, data.approvalId, ownerService, line.programme, line.period, data.month, ...payeeColumns(line), line.amountFen]);
    count += 1;
    amountFen += line.amountFen;
  }
  return { rows, count, amountFen };
}

function payeeColumns({ payee }: PayableLine): [string, string, string | null] {
  return payee.kind === 'PERSON' ? ['PERSON', payee.residentId, null] : ['ORGANISATION', payee.organisationId.toLowerCase(), payee.name];
}

/** Writes the new lines and the chunk's record; answers how many lines were new. */
export async function copyNewLines(client: PoolClient, ownerService: ServiceName, eventId: string, data: PayablesApprovedV1): Promise<number> {
  let fresh = newLineRows(ownerService, data, new Set());
  await client.query('SAVEPOINT payments_chunk_copy');
  try {
    await copyRows(client, LINE_COLUMNS, fresh.rows);
  } catch (err) {
    if ((err as { code?: string }).code !== UNIQUE_VIOLATION) throw err;
    await client.query('ROLLBACK TO SAVEPOINT payments_chunk_copy');
    const { rows } = await client.query<{ line_id: string }>({ name: 'payments_chunk_lines_here', text: LINES_HERE, values: [data.lines.map((l) => l.lineId)] });
    fresh = newLineRows(ownerService, data, new Set(rows.map((r) => r.line_id)));
    if (fresh.count > 0) await copyRows(client, LINE_COLUMNS, fresh.rows);
  }
  await client.query('RELEASE SAVEPOINT payments_chunk_copy');
  const amountFen = data.lines.reduce((sum, line) => sum + line.amountFen, 0);
  await client.query({
    name: 'payments_record_copied_chunk',
    text: RECORD_CHUNK,
    values: [data.approvalId, data.chunk.index, eventId, data.lines.length, amountFen, fresh.count, fresh.amountFen],
  });
  return fresh.count;
}
