// Writes a disbursement batch as the bank's file, from the bank's layout (banks/rules/bank-layout.rule.ts):
// a header, one line per payment, a trailer whose count and total the renderer computes from the
// lines it wrote, so they always agree. The same layout, facts and lines give the same bytes, which
// is what lets a released file be proven unchanged by rendering it again. A value that does not fit
// its field is an error, never cut: a shortened account number pays someone else. Pure.
import { fenToYuanString } from '@app/common/money/fen';
import { quoteDelimited } from '@app/common/text/delimited';
import { textWidth, unwritableCharacter } from '../../banks/rules/bank-encoding.rule';
import type { DisbursementLayout, LayoutField } from '../../banks/rules/bank-layout.rule';

/** Facts of the whole file; the line count and total come from the lines. */
export interface FileFacts {
  bankCode: string;
  /** e.g. RCB202408001: bank, month, sequence of the bank's batches in the month. */
  batchNo: string;
  month: string;
  /** YYYY-MM-DD, the day the batch was released. */
  releasedOn: string;
}

export interface LineFacts {
  reference: string;
  accountNumber: string;
  holderName: string;
  amountFen: number;
  programme: string;
  period: string;
}

export interface RenderedFile {
  fileName: string;
  /** The file's text; its bytes are this in the layout's encoding (bank-encoding.rule.ts encodeBankFile). */
  text: string;
  lineCount: number;
  totalFen: number;
}

export class BankFileRenderError extends Error {
  constructor(
    readonly section: 'header' | 'line' | 'trailer' | 'fileName',
    readonly fieldIndex: number,
    /** The payment line's sequence number (1-based), for a line; null for the header or trailer. */
    readonly seq: number | null,
    message: string,
  ) {
    super(message);
    this.name = 'BankFileRenderError';
  }
}

const REFERENCE_DIGITS = 16;

/** A line's bank reference as the file prints it: 16 digits, zero-padded. */
export function formatReference(reference: number | bigint | string): string {
  return String(reference).padStart(REFERENCE_DIGITS, '0');
}

/** The reference a return file quotes, back to the line's reference, or null if it is not one of ours. */
export function parseReference(text: string): string | null {
  const trimmed = text.trim();
  if (!/^\d{1,18}$/.test(trimmed)) return null;
  const value = trimmed.replace(/^0+(?=\d)/, '');
  return value === '0' ? null : value;
}

export function batchNumber(bankCode: string, month: string, sequence: number): string {
  return `${bankCode}${month.replace('-', '')}${String(sequence).padStart(3, '0')}`;
}

type Values = Record<string, string>;
type Section = 'header' | 'line' | 'trailer';

/** What a placeholder reads: the file's facts, or the line being written and its sequence number. */
interface Context {
  file: Values;
  line: LineFacts | null;
  seq: number;
}

const LINE_VALUES: Record<string, (line: LineFacts, seq: number) => string> = {
  seq: (_l, seq) => String(seq),
  reference: (l) => formatReference(l.reference),
  accountNumber: (l) => l.accountNumber,
  holderName: (l) => l.holderName,
  amountFen: (l) => String(l.amountFen),
  amountYuan: (l) => fenToYuanString(l.amountFen),
  programme: (l) => l.programme,
  period: (l) => l.period,
  periodCompact: (l) => l.period.replace('-', ''),
};

type Part = string | ((context: Context) => string | undefined);

interface CompiledField {
  parts: Part[];
  field: LayoutField;
}

/**
 * A field's template as literal text and readers, once per file: a million lines then read only
 * the values their fields print, without an object of every value per line (that garbage cost
 * more than the writing).
 */
function compile(field: LayoutField): CompiledField {
  const parts: Part[] = [];
  let last = 0;
  for (const match of field.value.matchAll(/\{([^{}]*)\}/g)) {
    if (match.index > last) parts.push(field.value.slice(last, match.index));
    const name = match[1];
    const ofLine = LINE_VALUES[name];
    parts.push(ofLine ? (c) => (c.line ? ofLine(c.line, c.seq) : undefined) : (c) => c.file[name]);
    last = match.index + match[0].length;
  }
  if (last < field.value.length) parts.push(field.value.slice(last));
  return { parts, field };
}

class Writer {
  private readonly sections: Record<Section, CompiledField[]>;

  constructor(private readonly layout: DisbursementLayout) {
    this.sections = { header: layout.header.map(compile), line: layout.line.map(compile), trailer: layout.trailer.map(compile) };
  }

  hasHeader(): boolean {
    return this.sections.header.length > 0;
  }

  write(section: Section, context: Context): string {
    const fields = this.sections[section];
    const texts = new Array<string>(fields.length);
    for (let i = 0; i < fields.length; i++) texts[i] = this.fieldText(section, i, fields[i], context);
    // join() leaves one flat string per line; concatenation would keep a tree of pieces per line alive until the file is joined.
    return texts.join(this.layout.format === 'DELIMITED' ? this.layout.delimiter : '');
  }

  private fieldText(section: Section, index: number, { parts, field }: CompiledField, context: Context): string {
    const seq = section === 'line' ? context.seq : null;
    let text = '';
    for (const part of parts) {
      if (typeof part === 'string') text += part;
      else {
        const value = part(context);
        if (value === undefined) throw new BankFileRenderError(section, index, seq, `"${field.value}" has a placeholder without a value in the ${section}`);
        text += value;
      }
    }
    if (text.includes('\n') || text.includes('\r')) throw new BankFileRenderError(section, index, seq, `field ${index} of the ${section} would hold a line break`);
    const { encoding } = this.layout;
    if (this.layout.format === 'DELIMITED') {
      const unwritable = unwritableCharacter(text, encoding);
      if (unwritable !== null) throw unwritableError(section, index, seq, field, unwritable, encoding);
      return quoteDelimited(text, this.layout.delimiter);
    }
    const width = field.width!;
    const columns = textWidth(text, encoding);
    if (columns === null) throw unwritableError(section, index, seq, field, unwritableCharacter(text, encoding)!, encoding);
    if (columns > width) throw new BankFileRenderError(section, index, seq, `"${field.value}" needs ${columns} ${encoding === 'GBK' ? 'bytes' : 'columns'}, the ${section}'s field ${index} has ${width}`);
    if (columns === width) return text;
    const padding = (field.pad ?? ' ').repeat(width - columns);
    return field.align === 'RIGHT' ? padding + text : text + padding;
  }
}

/** A character the file's encoding has no bytes for: written as '?', it would pay a wrong name. */
function unwritableError(section: Section, index: number, seq: number | null, field: LayoutField, char: string, encoding: string): BankFileRenderError {
  return new BankFileRenderError(section, index, seq, `"${field.value}" holds ${char}, which ${encoding} cannot write`);
}

function fileValues(file: FileFacts, lineCount: number, totalFen: number): Values {
  return {
    bankCode: file.bankCode,
    batchNo: file.batchNo,
    month: file.month,
    monthCompact: file.month.replace('-', ''),
    releasedOn: file.releasedOn,
    releasedOnCompact: file.releasedOn.replaceAll('-', ''),
    lineCount: String(lineCount),
    totalFen: String(totalFen),
    totalYuan: fenToYuanString(totalFen),
  };
}

/** The file name of a batch under its layout. */
export function bankFileName(layout: DisbursementLayout, file: FileFacts, lineCount: number, totalFen: number): string {
  const values = fileValues(file, lineCount, totalFen);
  return layout.fileName.replace(/\{([^{}]*)\}/g, (_m, name: string) => {
    const value = values[name];
    if (value === undefined) throw new BankFileRenderError('fileName', 0, null, `{${name}} has no value in a file name`);
    return value;
  });
}

/** The whole file: header (if the layout has one), the lines in the order given, the trailer; every line ended. */
export function renderBankFile(layout: DisbursementLayout, file: FileFacts, lines: readonly LineFacts[]): RenderedFile {
  const writer = new Writer(layout);
  const totalFen = lines.reduce((sum, line) => sum + line.amountFen, 0);
  if (!Number.isSafeInteger(totalFen)) throw new BankFileRenderError('trailer', 0, null, 'the total is beyond exact integer arithmetic');
  const shared = fileValues(file, lines.length, totalFen);
  const eol = layout.lineEnding === 'CRLF' ? '\r\n' : '\n';
  const out: string[] = [];
  if (writer.hasHeader()) out.push(writer.write('header', { file: shared, line: null, seq: 0 }));
  const context: Context = { file: shared, line: null, seq: 0 };
  for (let i = 0; i < lines.length; i++) {
    context.line = lines[i];
    context.seq = i + 1;
    out.push(writer.write('line', context));
  }
  out.push(writer.write('trailer', { file: shared, line: null, seq: 0 }));
  return { fileName: bankFileName(layout, file, lines.length, totalFen), text: out.join(eol) + eol, lineCount: lines.length, totalFen };
}
