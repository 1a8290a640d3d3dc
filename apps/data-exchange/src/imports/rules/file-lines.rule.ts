// A department's file read line by line: the CSV header checked once against the data set's
// columns, then each line turned into a staged record or a refusal. Pure.
import { splitDelimited } from '@app/common/text/delimited';
import type { DataSetDefinition, StagedRecord } from '../../data-sets/data-set-catalogue';
import { rowReader, type RowRefusal } from '../../data-sets/rules/read-row.rule';

export type FileFormat = 'csv' | 'ndjson';

/** Why a whole file is refused: nothing of it is applied. */
export interface FileRefusal {
  code: 'HEADER_MISMATCH' | 'MISSING_HEADER';
  field: string | null;
  detail: string;
}

/**
 * skip: not a record (a blank line); header: a CSV's header, read and checked; accepted: a good record about someone not wanted;
 * record: a good record about someone wanted, built; refused: the line's first fault.
 */
export type LineVerdict =
  | { kind: 'skip' }
  | { kind: 'header' }
  | { kind: 'accepted' }
  | { kind: 'record'; record: StagedRecord }
  | { kind: 'refused'; refusal: RowRefusal }
  | { kind: 'file-refused'; refusal: FileRefusal };

const SKIP: LineVerdict = { kind: 'skip' };
const HEADER: LineVerdict = { kind: 'header' };

/** A line of nothing but spaces; most lines start with a letter or digit and are answered at once. */
function isBlank(line: string): boolean {
  return line.length === 0 || (line.charCodeAt(0) <= 32 && line.trim() === '');
}
const ACCEPTED: LineVerdict = { kind: 'accepted' };

/** What is wrong with a CSV header, or null: every column of the data set, no other. */
export function headerProblem(header: readonly string[], definition: DataSetDefinition): FileRefusal | null {
  const expected = definition.columns.map((c) => c.name);
  const missing = expected.find((name) => !header.includes(name));
  if (missing) return { code: 'HEADER_MISMATCH', field: missing, detail: `the header lacks the column ${missing}; expected ${expected.join(',')}` };
  const unknown = header.find((name) => !expected.includes(name));
  if (unknown !== undefined) return { code: 'HEADER_MISMATCH', field: unknown, detail: `the header has a column ${unknown || '(empty)'} the data set does not; expected ${expected.join(',')}` };
  const twice = header.find((name, i) => header.indexOf(name) !== i);
  if (twice) return { code: 'HEADER_MISMATCH', field: twice, detail: `the header names ${twice} twice` };
  return null;
}

/**
 * A stateful reader for one file: feed it each line in order. Blank lines are skipped; a CSV's
 * first line is its header. A line's verdict is its first field at fault. Every line is checked
 * in full; the record is built only for a resident `wanted` (a million-line file concerns the
 * platform in one line of a hundred).
 */
export function fileLineReader(format: FileFormat, definition: DataSetDefinition, today: string, wanted: (residentId: string) => boolean = () => true): (line: string) => LineVerdict {
  const { columns } = definition;
  const readCells = rowReader(columns, today);
  /** For each column, its field's position in the CSV line, once the header is read. */
  let positions: number[] | null = null;
  let width = 0;
  let inOrder = false;
  const toRecord = (cells: readonly unknown[]): LineVerdict => {
    const row = readCells(cells);
    if (!row.ok) return { kind: 'refused', refusal: row.refusal };
    const refusal = definition.refusal?.(row.values) ?? null;
    if (refusal) return { kind: 'refused', refusal };
    return wanted(row.values.residentId as string) ? { kind: 'record', record: definition.record(row.values) } : ACCEPTED;
  };
  return (line) => {
    if (isBlank(line)) return SKIP;
    if (format === 'ndjson') {
      let parsed: unknown;
      try {
        parsed = JSON.parse(line);
      } catch {
        return { kind: 'refused', refusal: { field: null, code: 'MALFORMED', message: 'not a JSON object' } };
      }
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return { kind: 'refused', refusal: { field: null, code: 'MALFORMED', message: 'not a JSON object' } };
      const object = parsed as Record<string, unknown>;
      return toRecord(columns.map((c) => object[c.name]));
    }
    const fields = splitDelimited(line);
    if (positions === null) {
      const header = fields.map((f) => f.replace(/^\uFEFF/, ''));
      const problem = headerProblem(header, definition);
      if (problem) return { kind: 'file-refused', refusal: problem };
      positions = columns.map((c) => header.indexOf(c.name));
      width = header.length;
      // The usual header lists the columns in the catalogue's order: the fields are the cells.
      inOrder = positions.every((position, i) => position === i);
      return HEADER;
    }
    if (fields.length !== width) {
      return { kind: 'refused', refusal: { field: null, code: 'MALFORMED', message: `has ${fields.length} fields, the header ${width}` } };
    }
    if (inOrder) return toRecord(fields);
    const cells = new Array<string>(positions.length);
    for (let i = 0; i < positions.length; i++) cells[i] = fields[positions[i]];
    return toRecord(cells);
  };
}
