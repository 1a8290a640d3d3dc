// One line of a department's file, checked field by field against its data set's columns. Pure:
// "today" is a parameter. The first field at fault is the line's verdict.
import { checkResidentId } from '@app/common/resident-id/resident-id';
import type { ColumnSpec } from '../columns';

export type RowRefusalCode = 'REQUIRED' | 'INVALID_RESIDENT_ID' | 'INVALID_DATE' | 'DATE_IN_FUTURE' | 'INVALID_MONTH' | 'INVALID_AMOUNT' | 'NOT_ALLOWED' | 'MALFORMED';

export interface RowRefusal {
  field: string | null;
  code: RowRefusalCode;
  message: string;
}

/** Field values by column name: strings, or null when empty. Resident IDs upper-case; fen as integers. */
export type RowValues = Record<string, string | number | null>;

export type RowReading = { ok: true; values: RowValues } | { ok: false; refusal: RowRefusal };

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const FEN = /^\d{1,15}$/;
const DECIMAL = /^\d{1,9}(\.\d{1,4})?$/;

function realDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const refuse = (field: string, code: RowRefusalCode, message: string): RowReading => ({ ok: false, refusal: { field, code, message } });

/** The line's fields read by their columns, or the first refusal. `raw` maps column name to the text as written. */
export function readRow(raw: Readonly<Record<string, unknown>>, columns: readonly ColumnSpec[], today: string): RowReading {
  const values: RowValues = {};
  for (const column of columns) {
    const input = raw[column.name];
    const text = typeof input === 'number' ? String(input) : typeof input === 'string' ? input.trim() : input == null ? '' : null;
    if (text === null) return refuse(column.name, 'MALFORMED', 'must be text or a number');
    if (text === '') {
      if (!column.optional) return refuse(column.name, 'REQUIRED', 'must not be empty');
      values[column.name] = null;
      continue;
    }
    const kind = column.kind;
    if (kind === 'residentId') {
      const checked = checkResidentId(text, today);
      if (!checked.ok) return refuse(column.name, 'INVALID_RESIDENT_ID', `not a valid resident ID (${checked.code})`);
      values[column.name] = checked.info.id;
    } else if (kind === 'date') {
      if (!realDate(text)) return refuse(column.name, 'INVALID_DATE', 'must be a real date YYYY-MM-DD');
      if (text > today) return refuse(column.name, 'DATE_IN_FUTURE', `must not be after ${today}`);
      values[column.name] = text;
    } else if (kind === 'month') {
      if (!MONTH.test(text)) return refuse(column.name, 'INVALID_MONTH', 'must be a month YYYY-MM');
      values[column.name] = text;
    } else if (kind === 'fen') {
      if (!FEN.test(text)) return refuse(column.name, 'INVALID_AMOUNT', 'must be a whole number of fen, not negative');
      values[column.name] = Number(text);
    } else if (kind === 'decimal') {
      if (!DECIMAL.test(text)) return refuse(column.name, 'INVALID_AMOUNT', 'must be a decimal number such as 86.5');
      values[column.name] = text;
    } else if (kind === 'text') {
      values[column.name] = text;
    } else {
      const upper = text.toUpperCase();
      if (!kind.oneOf.includes(upper)) return refuse(column.name, 'NOT_ALLOWED', `must be one of ${kind.oneOf.join(', ')}`);
      values[column.name] = upper;
    }
  }
  return { ok: true, values };
}
