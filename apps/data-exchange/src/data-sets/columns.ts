// How one column of a department's file is read. Pure: no clock, no database.
import { fenToYuanString } from '@app/common/money/fen';

export type ColumnKind = 'residentId' | 'text' | 'date' | 'month' | 'fen' | 'decimal' | { oneOf: readonly string[] };

export interface ColumnSpec {
  name: string;
  kind: ColumnKind;
  /** A column that may be left empty (it must still be in the header). */
  optional?: boolean;
}

export const col = (name: string, kind: ColumnKind, optional = false): ColumnSpec => ({ name, kind, optional });

/** Yuan as the caseworker reads it in a summary: 8,500 元 for 850000 fen. */
export function yuan(fen: number): string {
  return `${fenToYuanString(fen)}元`;
}
