// One block of a department's file checked line by line into the staging table's rows: the same
// checks whether it runs on the import's own thread or on a worker thread. Pure ("today" and the
// covered people are given).
import { decodeBlock, type Charset } from '@app/common/text/charsets';
import { LineSplitter } from '@app/common/text/lines';
import type { DataSet } from '@app/contracts';
import { coverMonth, DATA_SETS } from '../../data-sets/data-set-catalogue';
import { fileLineReader, type FileFormat, type FileRefusal } from '../rules/file-lines.rule';
import { refusedRow, stagedRecordRow } from '../staged-rows';

/** What every block of one import is checked with. */
export interface CheckContext {
  format: FileFormat;
  dataSet: DataSet;
  charset: Charset;
  today: string;
  asOf: string;
  /** The CSV's header line, once read: a block after it is read by its columns. */
  headerLine: string | null;
  /** Everyone the register has ever covered: only lines about them are staged. */
  covered: ReadonlySet<string>;
}

export interface BlockVerdicts {
  lines: number;
  /** Lines that are records (neither blank nor the header). */
  records: number;
  refused: number;
  /** Refused lines and records about covered people, as rows of COPY's text format. */
  rows: string;
  /** The header line, when this block held it. */
  headerLine: string | null;
  /** Why the whole file is refused (its header), or null. */
  fileRefusal: FileRefusal | null;
}

/** A checker of the blocks of one file, in any order once the header is known; stateful only about the header. */
export function blockChecker(context: CheckContext): (bytes: Uint8Array, firstLine: number) => BlockVerdicts {
  const { format, charset, today, asOf, covered } = context;
  const read = fileLineReader(format, DATA_SETS[context.dataSet], today, (residentId) => covered.has(residentId));
  if (context.headerLine !== null) read(context.headerLine);
  return (bytes, firstLine) => {
    const lines = new LineSplitter().push(decodeBlock(bytes, charset, firstLine === 1));
    const rows: string[] = [];
    const verdicts: BlockVerdicts = { lines: lines.length, records: 0, refused: 0, rows: '', headerLine: null, fileRefusal: null };
    for (let i = 0; i < lines.length; i++) {
      const verdict = read(lines[i]);
      const kind = verdict.kind;
      if (kind === 'skip') continue;
      if (kind === 'header') {
        verdicts.headerLine = lines[i];
      } else if (kind === 'file-refused') {
        verdicts.fileRefusal = verdict.refusal;
        return verdicts;
      } else {
        verdicts.records += 1;
        if (kind === 'refused') {
          verdicts.refused += 1;
          rows.push(refusedRow(firstLine + i, verdict.refusal));
        } else if (kind === 'record') {
          rows.push(stagedRecordRow(firstLine + i, verdict.record, coverMonth(verdict.record.kind, verdict.record.eventDate, asOf)));
        }
      }
    }
    verdicts.rows = rows.length > 0 ? `${rows.join('\n')}\n` : '';
    return verdicts;
  };
}
