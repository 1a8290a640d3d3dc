// Reads a bank's return file with the bank's return layout (banks/rules/bank-layout.rule.ts): an
// optional header with the value date, one detail line per payment (reference, PAID or FAILED,
// amount, the bank's reason code and message) and a trailer with count and total. A file that
// does not read cleanly, or whose trailer disagrees with its lines, is refused whole: every
// problem is reported with its line and field, and nothing of it is applied. Pure.
import { yuanToFen } from '@app/common/money/fen';
import { isCalendarDate } from '@app/common/time/calendar-date';
import type { PaymentFailureReason } from '@app/contracts';
import type { BankFileEncoding } from '../../banks/rules/bank-encoding.rule';
import { sliceColumns, type FieldPosition, type ReturnLayout } from '../../banks/rules/bank-layout.rule';
import { splitDelimited } from '@app/common/text/delimited';

export interface ReturnLine {
  /** Line number in the file, from 1. */
  line: number;
  /** The reference as the bank quoted it. */
  reference: string;
  status: 'PAID' | 'FAILED';
  amountFen: number;
  /** Normalised; null on a paid line. */
  reason: PaymentFailureReason | null;
  reasonCode: string | null;
  message: string | null;
}

export interface ParsedReturnFile {
  /** The bank's value date from the header, YYYY-MM-DD, or null when the layout has none. */
  valueDate: string | null;
  lines: ReturnLine[];
  trailer: { line: number; count: number; totalFen: number };
}

export interface ReturnFileError {
  line: number;
  /** The field at fault: `reference`, `status`, `amount`, `valueDate`, `recordType`, `trailer.count`, `trailer.total`, `file`. */
  field: string;
  code: string;
  message: string;
}

export type ReturnFileParse = { ok: true; file: ParsedReturnFile } | { ok: false; errors: ReturnFileError[] };

/** More problems than this and the file is plainly not this bank's format: the first ones say enough. */
export const MAX_REPORTED_ERRORS = 100;

type Reader = (position: FieldPosition) => string | undefined;

function readerOf(raw: string, layout: ReturnLayout, encoding: BankFileEncoding): Reader {
  if (layout.format === 'DELIMITED') {
    const fields = splitDelimited(raw, layout.delimiter);
    return (position) => (typeof position === 'number' ? fields[position] : undefined);
  }
  return (position) => {
    if (typeof position === 'number') return undefined;
    const text = sliceColumns(raw, position.start, position.width, encoding);
    return text === '' ? undefined : text.trim();
  };
}

function amountOf(text: string, unit: ReturnLayout['amountUnit']): number | null {
  if (unit === 'FEN') return /^\d{1,15}$/.test(text) ? Number(text) : null;
  if (!/^\d{1,13}(\.\d{1,2})?$/.test(text)) return null;
  return yuanToFen(text);
}

function dateOf(text: string): string | null {
  const iso = /^\d{8}$/.test(text) ? `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}` : text;
  return isCalendarDate(iso) ? iso : null;
}

/** Count and total of the trailer against the lines read; [] when they agree. */
export function trailerProblems(lines: readonly Pick<ReturnLine, 'amountFen'>[], trailer: ParsedReturnFile['trailer']): ReturnFileError[] {
  const problems: ReturnFileError[] = [];
  const total = lines.reduce((sum, l) => sum + l.amountFen, 0);
  if (trailer.count !== lines.length) {
    problems.push({ line: trailer.line, field: 'trailer.count', code: 'TRAILER_COUNT_MISMATCH', message: `the trailer says ${trailer.count} lines, the file has ${lines.length}` });
  }
  if (trailer.totalFen !== total) {
    problems.push({ line: trailer.line, field: 'trailer.total', code: 'TRAILER_TOTAL_MISMATCH', message: `the trailer says ${trailer.totalFen} fen, the lines add up to ${total} fen` });
  }
  return problems;
}

/** One detail line: the payment's reference, status, amount, and the bank's reason if it failed. */
function readDetail(line: number, read: Reader, layout: ReturnLayout): ReturnLine | ReturnFileError {
  const fail = (field: string, code: string, message: string): ReturnFileError => ({ line, field, code, message });
  const reference = read(layout.detail.reference) ?? '';
  if (reference === '') return fail('reference', 'MISSING_FIELD', 'the reference is missing');
  const statusText = read(layout.detail.status) ?? '';
  const status = layout.statusCodes.PAID.includes(statusText) ? 'PAID' : layout.statusCodes.FAILED.includes(statusText) ? 'FAILED' : null;
  if (!status) return fail('status', 'BAD_STATUS', `"${statusText}" is neither paid (${layout.statusCodes.PAID.join('/')}) nor failed (${layout.statusCodes.FAILED.join('/')})`);
  const amountFen = amountOf(read(layout.detail.amount) ?? '', layout.amountUnit);
  if (amountFen === null || amountFen === 0) return fail('amount', 'BAD_AMOUNT', `the amount must be more than 0, in ${layout.amountUnit === 'FEN' ? 'fen' : 'yuan'}`);
  if (status === 'PAID') return { line, reference, status, amountFen, reason: null, reasonCode: null, message: null };
  const reasonCode = layout.detail.reasonCode !== undefined ? read(layout.detail.reasonCode) || null : null;
  const message = layout.detail.message !== undefined ? read(layout.detail.message) || null : null;
  return { line, reference, status, amountFen, reason: (reasonCode !== null ? layout.reasonCodes[reasonCode] : undefined) ?? 'OTHER', reasonCode, message };
}

/** The trailer's count and total. */
function readTrailer(line: number, read: Reader, layout: ReturnLayout): ParsedReturnFile['trailer'] | ReturnFileError {
  const count = read(layout.trailer.count) ?? '';
  const total = amountOf(read(layout.trailer.total) ?? '', layout.amountUnit);
  if (!/^\d{1,9}$/.test(count)) return { line, field: 'trailer.count', code: 'BAD_COUNT', message: 'the trailer count must be a whole number' };
  if (total === null) return { line, field: 'trailer.total', code: 'BAD_AMOUNT', message: `the trailer total must be an amount in ${layout.amountUnit === 'FEN' ? 'fen' : 'yuan'}` };
  return { line, count: Number(count), totalFen: total };
}

const isError = (value: object): value is ReturnFileError => 'code' in value;

/** `text` is the file decoded in the bank's encoding, which also says how fixed widths count. */
export function parseReturnFile(text: string, layout: ReturnLayout, encoding: BankFileEncoding): ReturnFileParse {
  const errors: ReturnFileError[] = [];
  const lines: ReturnLine[] = [];
  let trailer: ParsedReturnFile['trailer'] | null = null;
  let valueDate: string | null = null;
  let headerSeen = false;
  const rows = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const fail = (line: number, field: string, code: string, message: string) => errors.push({ line, field, code, message });

  rows.forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '' || errors.length >= MAX_REPORTED_ERRORS) return;
    const read = readerOf(raw, layout, encoding);
    const type = read(layout.recordType);
    if (trailer) return fail(line, 'recordType', 'LINE_AFTER_TRAILER', 'nothing may follow the trailer');
    if (layout.header && type === layout.header.type) {
      if (headerSeen || lines.length > 0) return fail(line, 'recordType', 'MISPLACED_HEADER', 'the header must be the first line, once');
      headerSeen = true;
      if (layout.header.valueDate === undefined) return;
      valueDate = dateOf(read(layout.header.valueDate) ?? '');
      if (!valueDate) fail(line, 'valueDate', 'BAD_DATE', 'the value date must be a date YYYYMMDD or YYYY-MM-DD');
      return;
    }
    if (type !== layout.trailer.type && type !== layout.detail.type) return fail(line, 'recordType', 'UNKNOWN_RECORD_TYPE', `"${type ?? ''}" is not a record type of this bank's return file`);
    const record = type === layout.trailer.type ? readTrailer(line, read, layout) : readDetail(line, read, layout);
    if (isError(record)) errors.push(record);
    else if (type === layout.trailer.type) trailer = record as ParsedReturnFile['trailer'];
    else lines.push(record as ReturnLine);
  });

  if (errors.length > 0) return { ok: false, errors };
  if (layout.header?.valueDate !== undefined && !headerSeen) return { ok: false, errors: [{ line: 1, field: 'valueDate', code: 'NO_HEADER', message: 'the file has no header with the value date' }] };
  if (!trailer) return { ok: false, errors: [{ line: rows.length, field: 'trailer', code: 'NO_TRAILER', message: 'the file has no trailer with count and total' }] };
  const mismatch = trailerProblems(lines, trailer);
  if (mismatch.length > 0) return { ok: false, errors: mismatch };
  return { ok: true, file: { valueDate, lines, trailer } };
}
