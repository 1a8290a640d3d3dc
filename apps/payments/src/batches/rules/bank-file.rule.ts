// Writes a disbursement batch as the bank's file, from the bank's layout (banks/rules/bank-layout.rule.ts):
// a header, one line per payment, a trailer whose count and total the renderer computes from the
// lines it wrote, so they always agree. The same layout, facts and lines give the same bytes, which
// is what lets a released file be proven unchanged by rendering it again. A value that does not fit
// its field is an error, never cut: a shortened account number pays someone else. Pure.
import { fenToYuanString } from '@app/common/money/fen';
import { quoteDelimited } from '@app/common/text/delimited';
import { displayColumns, type DisbursementLayout, type LayoutField } from '../../banks/rules/bank-layout.rule';

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
type Part = string | { name: string };

interface CompiledField {
  parts: Part[];
  field: LayoutField;
}

function compile(field: LayoutField): CompiledField {
  const parts: Part[] = [];
  let last = 0;
  for (const match of field.value.matchAll(/\{([^{}]*)\}/g)) {
    if (match.index > last) parts.push(field.value.slice(last, match.index));
    parts.push({ name: match[1] });
    last = match.index + match[0].length;
  }
  if (last < field.value.length) parts.push(field.value.slice(last));
  return { parts, field };
}

class Writer {
  private readonly sections: Record<'header' | 'line' | 'trailer', CompiledField[]>;

  constructor(private readonly layout: DisbursementLayout) {
    this.sections = { header: layout.header.map(compile), line: layout.line.map(compile), trailer: layout.trailer.map(compile) };
  }

  hasHeader(): boolean {
    return this.sections.header.length > 0;
  }

  write(section: 'header' | 'line' | 'trailer', values: Values, seq: number | null): string {
    const fields = this.sections[section].map((compiled, i) => this.fieldText(section, i, compiled, values, seq));
    return this.layout.format === 'DELIMITED' ? fields.join(this.layout.delimiter) : fields.join('');
  }

  private fieldText(section: 'header' | 'line' | 'trailer', index: number, { parts, field }: CompiledField, values: Values, seq: number | null): string {
    let text = '';
    for (const part of parts) {
      if (typeof part === 'string') text += part;
      else {
        const value = values[part.name];
        if (value === undefined) throw new BankFileRenderError(section, index, seq, `{${part.name}} has no value in the ${section}`);
        text += value;
      }
    }
    if (/[\r\n]/.test(text)) throw new BankFileRenderError(section, index, seq, `field ${index} of the ${section} would hold a line break`);
    if (this.layout.format === 'DELIMITED') return quoteDelimited(text, this.layout.delimiter);
    const width = field.width!;
    const columns = displayColumns(text);
    if (columns > width) throw new BankFileRenderError(section, index, seq, `"${field.value}" needs ${columns} columns, the ${section}'s field ${index} has ${width}`);
    const padding = (field.pad ?? ' ').repeat(width - columns);
    return field.align === 'RIGHT' ? padding + text : text + padding;
  }
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
  if (writer.hasHeader()) out.push(writer.write('header', shared, null));
  lines.forEach((line, i) => {
    const seq = i + 1;
    out.push(
      writer.write(
        'line',
        {
          ...shared,
          seq: String(seq),
          reference: formatReference(line.reference),
          accountNumber: line.accountNumber,
          holderName: line.holderName,
          amountFen: String(line.amountFen),
          amountYuan: fenToYuanString(line.amountFen),
          programme: line.programme,
          period: line.period,
          periodCompact: line.period.replace('-', ''),
        },
        seq,
      ),
    );
  });
  out.push(writer.write('trailer', shared, null));
  return { fileName: bankFileName(layout, file, lines.length, totalFen), text: out.join(eol) + eol, lineCount: lines.length, totalFen };
}
