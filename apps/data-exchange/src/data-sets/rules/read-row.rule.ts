// One line of a department's file, checked field by field against its data set's columns. Pure:
// "today" is a parameter. The first field at fault is the line's verdict.
import { residentIdCheckerFor } from '@app/common/resident-id/resident-id';
import { isCalendarDate } from '@app/common/time/calendar-date';
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

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const FEN = /^\d{1,15}$/;
const DECIMAL = /^\d{1,9}(\.\d{1,4})?$/;


const refuse = (field: string, code: RowRefusalCode, message: string): RowReading => ({ ok: false, refusal: { field, code, message } });

/**
 * A reader of lines by the data set's columns as of `today`: give it the cells in column order
 * (a CSV line's fields rearranged once by its header, or an NDJSON object's values).
 */
export function rowReader(columns: readonly ColumnSpec[], today: string): (cells: readonly unknown[]) => RowReading {
  const checkResidentId = residentIdCheckerFor(today);
  return (cells) => {
    const values: RowValues = {};
    for (let i = 0; i < columns.length; i++) {
      const column = columns[i];
      const input = cells[i];
      const text = typeof input === 'string' ? input.trim() : typeof input === 'number' ? String(input) : input == null ? '' : null;
      if (text === null) return refuse(column.name, 'MALFORMED', 'must be text or a number');
      if (text === '') {
        if (!column.optional) return refuse(column.name, 'REQUIRED', 'must not be empty');
        values[column.name] = null;
        continue;
      }
      const kind = column.kind;
      if (kind === 'text') {
        values[column.name] = text;
      } else if (kind === 'residentId') {
        const checked = checkResidentId(text);
        if (!checked.ok) return refuse(column.name, 'INVALID_RESIDENT_ID', `not a valid resident ID (${checked.code})`);
        values[column.name] = checked.info.id;
      } else if (kind === 'date') {
        if (!isCalendarDate(text)) return refuse(column.name, 'INVALID_DATE', 'must be a real date YYYY-MM-DD');
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
      } else {
        const upper = text.toUpperCase();
        if (!kind.oneOf.includes(upper)) return refuse(column.name, 'NOT_ALLOWED', `must be one of ${kind.oneOf.join(', ')}`);
        values[column.name] = upper;
      }
    }
    return { ok: true, values };
  };
}

/** One line's fields by column name, read as of `today`. */
export function readRow(raw: Readonly<Record<string, unknown>>, columns: readonly ColumnSpec[], today: string): RowReading {
  return rowReader(columns, today)(columns.map((c) => raw[c.name]));
}
