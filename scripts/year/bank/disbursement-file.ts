// The bank's side of a disbursement file (一卡通): the file a finance officer took from payments,
// read as the bank reads it, with the layout version the batch was written with (GET /api/v1/banks:
// docs/payments.md §2). A header line if the layout has one, one line per payment, and a trailer
// whose count and total the bank holds against the lines. Written here apart from the service's
// own writer, as a bank's reader would be, so that a file the bank cannot read shows. Pure.
import iconv from 'iconv-lite';
import { splitDelimited } from '../../../libs/common/src/text/delimited';

export type BankFileEncoding = 'UTF-8' | 'GBK';

export interface LayoutField {
  value: string;
  width?: number;
  align?: 'LEFT' | 'RIGHT';
  pad?: string;
}

export interface DisbursementLayout {
  format: 'DELIMITED' | 'FIXED';
  delimiter?: string;
  lineEnding: 'CRLF' | 'LF';
  encoding?: BankFileEncoding;
  fileName: string;
  header: LayoutField[];
  line: LayoutField[];
  trailer: LayoutField[];
}

/** One payment of the file, as the bank pays it. */
export interface FileLine {
  /** 16 digits, as printed: the bank quotes it back in its return file. */
  reference: string;
  accountNumber: string;
  holderName: string;
  amountFen: number;
  /** YYYY-MM: the month the money belongs to, when the layout prints it. */
  period: string | null;
  programme: string | null;
}

export type FileReading = { ok: true; lines: FileLine[] } | { ok: false; problems: string[] };

/** The file's bytes as text, in the layout's encoding. */
export function decodeBankFile(bytes: Uint8Array, encoding: BankFileEncoding = 'UTF-8'): string {
  return encoding === 'GBK' ? iconv.decode(Buffer.from(bytes), 'gbk') : Buffer.from(bytes).toString('utf8');
}

/** Text in the bank's encoding. */
export function encodeBankFile(text: string, encoding: BankFileEncoding = 'UTF-8'): Buffer {
  return encoding === 'GBK' ? iconv.encode(text, 'gbk') : Buffer.from(text, 'utf8');
}

/** Columns of a fixed-width file: an ASCII character one, any other two (two bytes in GBK; the UTF-8 layouts count them so too). */
export const columnsOf = (char: string): number => (char.charCodeAt(0) < 0x80 ? 1 : 2);

/** The text in columns [start, start + width) of a fixed-width line. */
export function sliceColumns(line: string, start: number, width: number): string {
  let column = 0;
  let out = '';
  for (const char of line) {
    const w = columnsOf(char);
    if (column >= start && column + w <= start + width) out += char;
    column += w;
    if (column >= start + width) break;
  }
  return out;
}

/** A field's text as written, without its padding. */
function unpadded(raw: string, field: LayoutField): string {
  const pad = field.pad ?? ' ';
  let text = raw;
  if (field.align === 'RIGHT') while (text.length > 1 && text.startsWith(pad)) text = text.slice(pad.length);
  else while (text.endsWith(pad)) text = text.slice(0, -pad.length);
  return text.trim();
}

const PLACEHOLDER = /\{([A-Za-z]+)\}/g;

/** The placeholder values of one record: each field's template (`D{seq}`) read back from its text. */
function valuesOf(fields: readonly LayoutField[], texts: readonly string[], problems: string[], where: string): Record<string, string> {
  const values: Record<string, string> = {};
  fields.forEach((field, i) => {
    const names = [...field.value.matchAll(PLACEHOLDER)].map((m) => m[1]);
    if (names.length === 0) return;
    const text = texts[i] ?? '';
    if (names.length > 1) return void problems.push(`${where} field ${i}: one placeholder per field is all a bank reads back ("${field.value}")`);
    const [before, after] = field.value.split(`{${names[0]}}`);
    if (!text.startsWith(before) || !text.endsWith(after) || text.length < before.length + after.length) {
      return void problems.push(`${where} field ${i}: "${text}" is not "${field.value}"`);
    }
    values[names[0]] = text.slice(before.length, text.length - after.length);
  });
  return values;
}

function fieldTexts(record: string, fields: readonly LayoutField[], layout: DisbursementLayout): string[] {
  if (layout.format === 'DELIMITED') {
    const parts = splitDelimited(record, layout.delimiter ?? ',');
    return fields.map((_f, i) => parts[i] ?? '');
  }
  let start = 0;
  return fields.map((field) => {
    const width = field.width ?? 0;
    const text = unpadded(sliceColumns(record, start, width), field);
    start += width;
    return text;
  });
}

function fenOf(values: Record<string, string>, fen: string, yuan: string): number | null {
  if (values[fen] !== undefined) return /^\d{1,15}$/.test(values[fen]) ? Number(values[fen]) : null;
  const match = /^(\d{1,13})(?:\.(\d{1,2}))?$/.exec(values[yuan] ?? '');
  return match ? Number(match[1]) * 100 + Number((match[2] ?? '0').padEnd(2, '0')) : null;
}

function periodOf(values: Record<string, string>): string | null {
  if (values.period !== undefined) return values.period;
  const compact = values.periodCompact;
  return compact !== undefined && /^\d{6}$/.test(compact) ? `${compact.slice(0, 4)}-${compact.slice(4)}` : null;
}

/** The payments of a disbursement file (its text, decoded), or what the bank could not read in it. */
export function readDisbursementFile(text: string, layout: DisbursementLayout): FileReading {
  const records = text.split(layout.lineEnding === 'CRLF' ? '\r\n' : '\n');
  if (records[records.length - 1] === '') records.pop();
  const problems: string[] = [];
  const first = layout.header.length > 0 ? 1 : 0;
  if (records.length < first + 1) return { ok: false, problems: ['the file has no trailer'] };
  const lines: FileLine[] = [];
  for (let i = first; i < records.length - 1; i++) {
    const where = `line ${i + 1}`;
    const values = valuesOf(layout.line, fieldTexts(records[i], layout.line, layout), problems, where);
    const amountFen = fenOf(values, 'amountFen', 'amountYuan');
    if (!/^\d{16}$/.test(values.reference ?? '')) problems.push(`${where}: the reference "${values.reference ?? ''}" is not 16 digits`);
    if (!/^\d{8,32}$/.test(values.accountNumber ?? '')) problems.push(`${where}: the account "${values.accountNumber ?? ''}" is not an account number`);
    if (amountFen === null || amountFen === 0) problems.push(`${where}: no amount to pay`);
    lines.push({
      reference: values.reference ?? '',
      accountNumber: values.accountNumber ?? '',
      holderName: values.holderName ?? '',
      amountFen: amountFen ?? 0,
      period: periodOf(values),
      programme: values.programme ?? null,
    });
  }
  const trailer = valuesOf(layout.trailer, fieldTexts(records[records.length - 1], layout.trailer, layout), problems, 'trailer');
  const total = lines.reduce((n, l) => n + l.amountFen, 0);
  if (trailer.lineCount !== undefined && Number(trailer.lineCount) !== lines.length) problems.push(`trailer: ${trailer.lineCount} lines announced, ${lines.length} in the file`);
  const announced = fenOf(trailer, 'totalFen', 'totalYuan');
  if (announced !== null && announced !== total) problems.push(`trailer: ${announced} fen announced, the lines add up to ${total}`);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, lines };
}
