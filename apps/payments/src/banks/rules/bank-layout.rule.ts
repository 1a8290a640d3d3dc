// A bank's file formats as data (ARCHITECTURE §5: "bank formats are data, not code"): how a
// disbursement file is written (header, one line per payment, trailer) and how the bank's return
// file is read. Two shapes cover the banks we know: DELIMITED (CSV and its cousins) and FIXED
// (定长: every field at its column). Pure: the schemas and the checks a layout must pass before a
// file is ever written with it.
import { paymentFailureReasonSchema } from '@app/contracts';
import { z } from 'zod';
import { BANK_FILE_ENCODINGS, charWidth, type BankFileEncoding } from './bank-encoding.rule';

/** Placeholders of the header, the trailer and the file name: facts of the whole file. */
export const FILE_PLACEHOLDERS = ['bankCode', 'batchNo', 'month', 'monthCompact', 'releasedOn', 'releasedOnCompact', 'lineCount', 'totalFen', 'totalYuan'] as const;
/** Placeholders of a payment line, besides the file's. */
export const LINE_PLACEHOLDERS = ['seq', 'reference', 'accountNumber', 'holderName', 'amountFen', 'amountYuan', 'programme', 'period', 'periodCompact'] as const;

export type FilePlaceholder = (typeof FILE_PLACEHOLDERS)[number];
export type LinePlaceholder = (typeof LINE_PLACEHOLDERS)[number];

const fieldSchema = z.strictObject({
  /** Text with `{placeholder}`s, e.g. `{amountFen}` or `D{seq}`. */
  value: z.string().max(200),
  /** FIXED layouts: the field's width in bytes of a GBK file (a Chinese character two); in columns of a UTF-8 one, a Chinese character also two. */
  width: z.int().min(1).max(200).optional(),
  align: z.enum(['LEFT', 'RIGHT']).optional(),
  /** One character to fill a FIXED field with; a space unless said otherwise ('0' for amounts). */
  pad: z.string().length(1).optional(),
});
export type LayoutField = z.infer<typeof fieldSchema>;

export const disbursementLayoutSchema = z.strictObject({
  format: z.enum(['DELIMITED', 'FIXED']),
  /** DELIMITED only: ',' for CSV, '|' or a tab for others. */
  delimiter: z.string().min(1).max(3).optional(),
  lineEnding: z.enum(['CRLF', 'LF']),
  /** The bytes of the bank's files, written and returned (banks/rules/bank-encoding.rule.ts); UTF-8 unless said. */
  encoding: z.enum(BANK_FILE_ENCODINGS).default('UTF-8'),
  /** The download's file name, e.g. `{bankCode}_{batchNo}.txt`. */
  fileName: z.string().min(1).max(120),
  /** Empty: no header line. */
  header: z.array(fieldSchema).max(40),
  line: z.array(fieldSchema).min(1).max(40),
  trailer: z.array(fieldSchema).min(1).max(40),
});
export type DisbursementLayout = z.infer<typeof disbursementLayoutSchema>;

/** Where a value sits in a line: a field index (DELIMITED) or a column span (FIXED). */
const positionSchema = z.union([z.int().min(0).max(100), z.strictObject({ start: z.int().min(0), width: z.int().min(1).max(200) })]);
export type FieldPosition = z.infer<typeof positionSchema>;

export const returnLayoutSchema = z.strictObject({
  format: z.enum(['DELIMITED', 'FIXED']),
  delimiter: z.string().min(1).max(3).optional(),
  /** Where each line says what it is (header, detail, trailer). */
  recordType: positionSchema,
  header: z.strictObject({ type: z.string().min(1), valueDate: positionSchema.optional() }).optional(),
  detail: z.strictObject({
    type: z.string().min(1),
    reference: positionSchema,
    status: positionSchema,
    amount: positionSchema,
    reasonCode: positionSchema.optional(),
    message: positionSchema.optional(),
  }),
  trailer: z.strictObject({ type: z.string().min(1), count: positionSchema, total: positionSchema }),
  /** Amounts as integer fen or as yuan with two decimals. */
  amountUnit: z.enum(['FEN', 'YUAN']),
  /** The bank's words for paid and failed, e.g. { PAID: ['S', '0000'], FAILED: ['F'] }. */
  statusCodes: z.strictObject({ PAID: z.array(z.string().min(1)).min(1), FAILED: z.array(z.string().min(1)).min(1) }),
  /** The bank's reason codes, normalised; a code not listed is OTHER. */
  reasonCodes: z.record(z.string().min(1), paymentFailureReasonSchema),
});
export type ReturnLayout = z.infer<typeof returnLayoutSchema>;

export interface LayoutProblem {
  /** Dotted path into the layout, e.g. `line.3.value`. */
  path: string;
  message: string;
}

const PLACEHOLDER = /\{([^{}]*)\}/g;

/** The placeholders a template names, in order. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]);
}

function zodProblems(error: z.ZodError, prefix: string): LayoutProblem[] {
  return error.issues.map((issue) => ({ path: [prefix, ...issue.path.map(String)].filter(Boolean).join('.'), message: issue.message }));
}

function placeholderProblems(fields: LayoutField[], allowed: readonly string[], path: string): LayoutProblem[] {
  return fields.flatMap((field, i) =>
    placeholdersOf(field.value)
      .filter((name) => !allowed.includes(name))
      .map((name) => ({ path: `${path}.${i}.value`, message: `{${name}} is not a placeholder here; use one of ${allowed.map((a) => `{${a}}`).join(' ')}` })),
  );
}

function names(fields: LayoutField[]): Set<string> {
  return new Set(fields.flatMap((f) => placeholdersOf(f.value)));
}

/** Why a disbursement layout cannot write a bank file, or []: shape, placeholders, widths, the facts a bank needs. */
export function disbursementLayoutProblems(raw: unknown, prefix = 'layout'): LayoutProblem[] {
  const parsed = disbursementLayoutSchema.safeParse(raw);
  if (!parsed.success) return zodProblems(parsed.error, prefix);
  const layout = parsed.data;
  const problems: LayoutProblem[] = [
    ...placeholderProblems(layout.header, FILE_PLACEHOLDERS, `${prefix}.header`),
    ...placeholderProblems(layout.line, [...FILE_PLACEHOLDERS, ...LINE_PLACEHOLDERS], `${prefix}.line`),
    ...placeholderProblems(layout.trailer, FILE_PLACEHOLDERS, `${prefix}.trailer`),
    ...placeholdersOf(layout.fileName)
      .filter((name) => !(FILE_PLACEHOLDERS as readonly string[]).includes(name))
      .map((name) => ({ path: `${prefix}.fileName`, message: `{${name}} is not a placeholder of a file name` })),
  ];
  if (layout.format === 'DELIMITED' && !layout.delimiter) problems.push({ path: `${prefix}.delimiter`, message: 'a DELIMITED layout needs a delimiter' });
  if (layout.format === 'FIXED') {
    for (const section of ['header', 'line', 'trailer'] as const) {
      layout[section].forEach((field, i) => {
        if (field.width === undefined) problems.push({ path: `${prefix}.${section}.${i}.width`, message: 'every field of a FIXED layout needs a width' });
      });
    }
  }
  const line = names(layout.line);
  for (const needed of ['reference', 'accountNumber', 'holderName']) {
    if (!line.has(needed)) problems.push({ path: `${prefix}.line`, message: `a payment line must carry {${needed}}` });
  }
  if (!line.has('amountFen') && !line.has('amountYuan')) problems.push({ path: `${prefix}.line`, message: 'a payment line must carry {amountFen} or {amountYuan}' });
  const trailer = names(layout.trailer);
  if (!trailer.has('lineCount')) problems.push({ path: `${prefix}.trailer`, message: 'the trailer must carry {lineCount}' });
  if (!trailer.has('totalFen') && !trailer.has('totalYuan')) problems.push({ path: `${prefix}.trailer`, message: 'the trailer must carry {totalFen} or {totalYuan}' });
  return problems;
}

/** Why a return layout cannot read a bank's return file, or []. */
export function returnLayoutProblems(raw: unknown, prefix = 'returnLayout'): LayoutProblem[] {
  const parsed = returnLayoutSchema.safeParse(raw);
  if (!parsed.success) return zodProblems(parsed.error, prefix);
  const layout = parsed.data;
  const problems: LayoutProblem[] = [];
  if (layout.format === 'DELIMITED' && !layout.delimiter) problems.push({ path: `${prefix}.delimiter`, message: 'a DELIMITED layout needs a delimiter' });
  const positions: Array<[string, FieldPosition | undefined]> = [
    ['recordType', layout.recordType],
    ['header.valueDate', layout.header?.valueDate],
    ...(['reference', 'status', 'amount', 'reasonCode', 'message'] as const).map((k): [string, FieldPosition | undefined] => [`detail.${k}`, layout.detail[k]]),
    ['trailer.count', layout.trailer.count],
    ['trailer.total', layout.trailer.total],
  ];
  for (const [path, position] of positions) {
    if (position === undefined) continue;
    const wanted = layout.format === 'FIXED' ? 'a column span { start, width }' : 'a field index';
    if ((typeof position === 'number') !== (layout.format === 'DELIMITED')) problems.push({ path: `${prefix}.${path}`, message: `a ${layout.format} layout gives ${wanted}` });
  }
  const types = [layout.header?.type, layout.detail.type, layout.trailer.type].filter((t): t is string => t !== undefined);
  if (new Set(types).size !== types.length) problems.push({ path: `${prefix}.detail.type`, message: 'header, detail and trailer need different record types' });
  const both = layout.statusCodes.PAID.filter((code) => layout.statusCodes.FAILED.includes(code));
  if (both.length > 0) problems.push({ path: `${prefix}.statusCodes`, message: `${both.join(', ')} cannot mean both PAID and FAILED` });
  return problems;
}

/**
 * The characters of `line` from column `start` for `width` columns, as widths count in the
 * encoding (bank-encoding.rule.ts): the bytes of a GBK file, the columns of a UTF-8 one.
 */
export function sliceColumns(line: string, start: number, width: number, encoding: BankFileEncoding): string {
  let column = 0;
  let out = '';
  for (const char of line) {
    // A decoded file holds only characters its encoding has; 2 is only a guard.
    const w = charWidth(char, encoding) ?? 2;
    if (column >= start && column + w <= start + width) out += char;
    column += w;
    if (column >= start + width) break;
  }
  return out;
}
