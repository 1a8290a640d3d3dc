// The bank's return file for a disbursement file it has paid (一卡通): written as the bank writes
// it, in the bank's return layout as payments holds it (docs/payments.md §2 "The return layout"):
// an optional header with the value date, one detail line per payment of the file (paid, or failed
// with the bank's reason code and message) and a trailer with count and total. Pure.
import { quoteDelimited } from '../../../libs/common/src/text/delimited';
import { columnsOf } from './disbursement-file';

export type FieldPosition = number | { start: number; width: number };
export type FailureReason = 'ACCOUNT_CLOSED' | 'ACCOUNT_NOT_FOUND' | 'NAME_MISMATCH' | 'ACCOUNT_FROZEN';
export const FAILURE_REASONS: readonly FailureReason[] = ['ACCOUNT_CLOSED', 'ACCOUNT_NOT_FOUND', 'NAME_MISMATCH', 'ACCOUNT_FROZEN'];

export interface ReturnLayout {
  format: 'DELIMITED' | 'FIXED';
  delimiter?: string;
  recordType: FieldPosition;
  header?: { type: string; valueDate?: FieldPosition };
  detail: { type: string; reference: FieldPosition; status: FieldPosition; amount: FieldPosition; reasonCode?: FieldPosition; message?: FieldPosition };
  trailer: { type: string; count: FieldPosition; total: FieldPosition };
  amountUnit: 'FEN' | 'YUAN';
  statusCodes: { PAID: string[]; FAILED: string[] };
  reasonCodes: Record<string, string>;
}

export interface ReturnEntry {
  reference: string;
  status: 'PAID' | 'FAILED';
  amountFen: number;
  reason?: FailureReason;
}

/** What a bank writes beside its code: the teller's words. */
const MESSAGES: Record<FailureReason, string> = {
  ACCOUNT_CLOSED: '账户已销户',
  ACCOUNT_NOT_FOUND: '账户不存在',
  NAME_MISMATCH: '户名与账号不符',
  ACCOUNT_FROZEN: '账户已冻结',
};

/** The bank's own code for a reason: the first its layout maps to it. */
export function bankReasonCode(layout: ReturnLayout, reason: FailureReason): string {
  const code = Object.keys(layout.reasonCodes).find((c) => layout.reasonCodes[c] === reason);
  if (code === undefined) throw new Error(`the bank's return layout has no code for ${reason}`);
  return code;
}

type Cell = { position: FieldPosition; text: string; numeric?: boolean };

const widthOf = (text: string): number => [...text].reduce((n, c) => n + columnsOf(c), 0);

/** `text` cut to at most `width` columns (a bank's message may be cut; nothing else is). */
function cutTo(text: string, width: number): string {
  let out = '';
  for (const char of text) {
    if (widthOf(out) + columnsOf(char) > width) break;
    out += char;
  }
  return out;
}

function fixedRecord(cells: readonly Cell[]): string {
  const placed = cells
    .filter((c): c is Cell & { position: { start: number; width: number } } => typeof c.position !== 'number')
    .sort((a, b) => a.position.start - b.position.start);
  let line = '';
  for (const { position, text, numeric } of placed) {
    if (widthOf(line) > position.start) throw new Error(`fields overlap at column ${position.start}`);
    if (widthOf(text) > position.width) throw new Error(`"${text}" is wider than its ${position.width} columns`);
    line = line.padEnd(line.length + position.start - widthOf(line), ' ');
    const pad = position.width - widthOf(text);
    line += numeric ? '0'.repeat(pad) + text : text + ' '.repeat(pad);
  }
  return line.trimEnd();
}

function delimitedRecord(cells: readonly Cell[], delimiter: string): string {
  const fields: string[] = [];
  for (const { position, text } of cells) if (typeof position === 'number') fields[position] = text;
  return Array.from(fields, (f) => quoteDelimited(f ?? '', delimiter)).join(delimiter);
}

function amountText(fen: number, unit: ReturnLayout['amountUnit']): string {
  return unit === 'FEN' ? String(fen) : `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
}

/** The return file's text (to be written in the bank's encoding), one line ending after every line. */
export function writeReturnFile(layout: ReturnLayout, lineEnding: 'CRLF' | 'LF', valueDate: string, entries: readonly ReturnEntry[]): string {
  const record = (cells: Cell[]): string => (layout.format === 'FIXED' ? fixedRecord(cells) : delimitedRecord(cells, layout.delimiter ?? ','));
  const fits = (position: FieldPosition | undefined, text: string): string => (position !== undefined && typeof position !== 'number' ? cutTo(text, position.width) : text);
  const records: string[] = [];
  if (layout.header) {
    const cells: Cell[] = [{ position: layout.recordType, text: layout.header.type }];
    const date = layout.header.valueDate;
    if (date !== undefined) cells.push({ position: date, text: typeof date !== 'number' && date.width < 10 ? valueDate.replaceAll('-', '') : valueDate });
    records.push(record(cells));
  }
  for (const e of entries) {
    const d = layout.detail;
    const cells: Cell[] = [
      { position: layout.recordType, text: layout.detail.type },
      { position: d.reference, text: e.reference },
      { position: d.status, text: layout.statusCodes[e.status][0] },
      { position: d.amount, text: amountText(e.amountFen, layout.amountUnit), numeric: true },
    ];
    if (e.status === 'FAILED' && e.reason) {
      if (d.reasonCode !== undefined) cells.push({ position: d.reasonCode, text: bankReasonCode(layout, e.reason) });
      if (d.message !== undefined) cells.push({ position: d.message, text: fits(d.message, MESSAGES[e.reason]) });
    }
    records.push(record(cells));
  }
  const total = entries.reduce((n, e) => n + e.amountFen, 0);
  records.push(
    record([
      { position: layout.recordType, text: layout.trailer.type },
      { position: layout.trailer.count, text: String(entries.length), numeric: true },
      { position: layout.trailer.total, text: amountText(total, layout.amountUnit), numeric: true },
    ]),
  );
  const eol = lineEnding === 'CRLF' ? '\r\n' : '\n';
  return records.map((r) => r + eol).join('');
}
