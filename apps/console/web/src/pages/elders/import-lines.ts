// The registry import as the console sends and shows it: the list's format (JSON lines when the
// first line is an object, CSV otherwise), and each verdict beside the line it is about, with the
// resident IDs in the line masked as the services mask them. Pure.
import { maskResidentId } from '../../../../../../libs/common/src/resident-id/resident-id';

export type ImportFormat = 'text/csv' | 'application/x-ndjson';

export function importFormatOf(text: string): ImportFormat {
  const first = text.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  return first.trim().startsWith('{') ? 'application/x-ndjson' : 'text/csv';
}

const RESIDENT_ID = /\b\d{17}[\dXx]\b/g;

/** The line as typed, its resident IDs masked ('110***********0011'). */
export const maskedLine = (line: string): string => line.replace(RESIDENT_ID, (id) => maskResidentId(id.toUpperCase()));

export interface LineVerdict {
  line: number;
  status: 'ACCEPTED' | 'REFUSED';
  reason?: string;
  moved?: boolean;
}

/** Each verdict with the (masked) text of its line; the service numbers the lines from 1. */
export function withLineText<V extends LineVerdict>(text: string, verdicts: readonly V[]): Array<V & { content: string }> {
  const lines = text.split(/\r?\n/);
  return verdicts.map((v) => ({ ...v, content: maskedLine(lines[v.line - 1] ?? '') }));
}
