// A chunk of plain approved lines (no re-issues, which is every chunk of a monthly payroll)
// written with COPY: PostgreSQL's bulk path writes the rows and their index entries without the
// speculative insertion `ON CONFLICT` needs per row, which was most of a chunk's time. The lines
// already here (a redelivery, a payroll approved twice) are looked up first and left out; one
// committed by another transaction at the same moment makes this transaction fail on the primary
// key, and its retry finds the line here.
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
 * The approval's header (first chunk only, what it said before), whether this chunk is here, and
 * which of its lines are. The header's insert runs whatever the answer: a conflict throws and the
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
       EXISTS (SELECT 1 FROM approval_chunk WHERE approval_id = $1 AND chunk_index = $6) AS "chunkHere",
       ARRAY(SELECT line_id::text FROM payable_line WHERE line_id = ANY($7::uuid[])) AS "linesHere"`;

const LINE_COLUMNS = 'payable_line (line_id, approval_id, owner_service, programme, period, month, payee_kind, payee_key, organisation_name, amount_fen)';

const RECORD_CHUNK = `
INSERT INTO approval_chunk (approval_id, chunk_index, event_id, line_count, amount_fen, new_lines, new_amount_fen, refused_lines)
VALUES ($1, $2, $3, $4, $5, $6, $7, 0)
ON CONFLICT (approval_id, chunk_index) DO NOTHING`;

export interface BeforeCopy {
  known: KnownApproval | null;
  chunkHere: boolean;
  linesHere: Set<string>;
}

export async function lookBeforeCopy(client: PoolClient, ownerService: ServiceName, data: PayablesApprovedV1): Promise<BeforeCopy> {
  const { rows } = await client.query<{ known: KnownApproval | null; chunkHere: boolean; linesHere: string[] }>({
    name: 'payments_before_chunk_copy',
    text: BEFORE_COPY,
    values: [data.approvalId, ownerService, data.month, data.approvedBy, data.chunk.count, data.chunk.index, data.lines.map((l) => l.lineId)],
  });
  return { known: rows[0].known, chunkHere: rows[0].chunkHere, linesHere: new Set(rows[0].linesHere) };
}

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
export async function copyNewLines(client: PoolClient, ownerService: ServiceName, eventId: string, data: PayablesApprovedV1, linesHere: Set<string>): Promise<number> {
  const fresh = newLineRows(ownerService, data, linesHere);
  if (fresh.count > 0) await copyRows(client, LINE_COLUMNS, fresh.rows);
  const amountFen = data.lines.reduce((sum, line) => sum + line.amountFen, 0);
  await client.query({
    name: 'payments_record_copied_chunk',
    text: RECORD_CHUNK,
    values: [data.approvalId, data.chunk.index, eventId, data.lines.length, amountFen, fresh.count, fresh.amountFen],
  });
  return fresh.count;
}
