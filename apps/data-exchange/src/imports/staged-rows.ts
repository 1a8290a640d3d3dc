// The rows of the staging table in COPY's text format, built where the lines are checked (on a
// worker thread for a large file), so that the import's thread only hands text to PostgreSQL. Pure.
import { copyText } from '@app/common/db/copy-text';
import type { StagedRecord } from '../data-sets/data-set-catalogue';
import type { RowRefusal } from '../data-sets/rules/read-row.rule';

/** The staging table's columns, in the order of the rows below. */
export const STAGED_COLUMNS = 'line_no, kind, resident_id, name, event_date, cover_month, amount_fen, reference, fact_key, details';

/** A staged record as a row, without its line break. `coverMonth`: the month the person must have been covered in. */
export function stagedRecordRow(line: number, record: StagedRecord, coverMonth: string): string {
  return `${line}\t${record.kind}\t${record.residentId}\t${copyText(record.name)}\t${record.eventDate}\t${coverMonth}\t${copyText(record.amountFen)}\t${copyText(record.reference)}\t${copyText(record.factKey)}\t${copyText(JSON.stringify(record.details))}`;
}

/** A refused line as a row, the refusal in `details`, without its line break. */
export function refusedRow(line: number, refusal: RowRefusal): string {
  return `${line}\tREFUSED\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t${copyText(JSON.stringify(refusal))}`;
}
