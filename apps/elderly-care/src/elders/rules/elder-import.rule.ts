// Parsing of the household-registration department's elder lists (JSON lines or CSV). Pure.
import { ageOn, checkResidentId } from '@app/common/resident-id/resident-id';
import { isMoveSource, moveDateProblem, type MoveSource } from '../../residence/rules/residence-change.rule';
import { splitDelimited } from '@app/common/text/delimited';

export const MIN_ELDER_AGE = 60;

export type ImportRefusal = 'MALFORMED' | 'BAD_ID' | 'UNDER_60' | 'DUPLICATE' | 'NAME_REQUIRED' | 'BAD_REGION' | 'BAD_LOCAL' | 'BAD_MOVE' | 'OUTSIDE_DIVISION';

export interface ImportCandidate {
  line: number;
  residentId: string;
  name: string;
  region: string;
  local: boolean;
  birthDate: string;
  /** A move away the registry reports for the person (movedAwayOn + moveSource). */
  move: { movedOn: string; source: MoveSource } | null;
}

export interface LineRefusal {
  line: number;
  reason: ImportRefusal;
}

export interface ParsedImport {
  candidates: ImportCandidate[];
  refused: LineRefusal[];
}

interface RawRow {
  residentId?: unknown;
  name?: unknown;
  region?: unknown;
  local?: unknown;
  movedAwayOn?: unknown;
  moveSource?: unknown;
}

const REGION = /^\d{6}(\d{3}){0,2}$/;
const TRUE_WORDS = new Set(['true', '1', 'yes', 'y', '是', 'local', '本地']);
const FALSE_WORDS = new Set(['false', '0', 'no', 'n', '否', 'nonlocal', '外地']);

function parseLocal(value: unknown): boolean | null {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string' && TRUE_WORDS.has(value.trim().toLowerCase())) return true;
  if (typeof value === 'string' && FALSE_WORDS.has(value.trim().toLowerCase())) return false;
  return null;
}

/** One CSV line's fields, trimmed (a quoted field's edge spaces too: names and codes never need them). */
export function splitCsvLine(line: string): string[] {
  return splitDelimited(line).map((field) => field.trim());
}

function rowsOf(text: string, format: 'jsonl' | 'csv'): { line: number; row: RawRow | null }[] {
  const lines = text.split(/\r?\n/);
  const out: { line: number; row: RawRow | null }[] = [];
  let header: string[] | null = null;
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    if (format === 'jsonl') {
      try {
        const parsed: unknown = JSON.parse(raw);
        out.push({ line, row: typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as RawRow) : null });
      } catch {
        out.push({ line, row: null });
      }
      return;
    }
    const fields = splitCsvLine(raw.replace(/^\uFEFF/, ''));
    if (!header) {
      header = fields;
      return;
    }
    if (fields.length !== header.length) {
      out.push({ line, row: null });
      return;
    }
    const row: Record<string, string> = {};
    header.forEach((name, i) => (row[name] = fields[i]));
    out.push({ line, row });
  });
  return out;
}

/**
 * Splits the list into candidates and refusals. One bad line never stops the rest; the second
 * occurrence of a resident ID in the same list is a DUPLICATE (the database decides for IDs
 * imported before). Ages are taken on `today`.
 */
export function parseElderImport(text: string, format: 'jsonl' | 'csv', today: string): ParsedImport {
  const candidates: ImportCandidate[] = [];
  const refused: LineRefusal[] = [];
  const seen = new Set<string>();
  for (const { line, row } of rowsOf(text, format)) {
    if (!row) {
      refused.push({ line, reason: 'MALFORMED' });
      continue;
    }
    const check = typeof row.residentId === 'string' ? checkResidentId(row.residentId.trim(), today) : null;
    if (!check?.ok) {
      refused.push({ line, reason: 'BAD_ID' });
      continue;
    }
    const { id: residentId, birthDate } = check.info;
    if (ageOn(birthDate, today) < MIN_ELDER_AGE) {
      refused.push({ line, reason: 'UNDER_60' });
      continue;
    }
    const name = typeof row.name === 'string' ? row.name.trim() : '';
    if (name === '' || name.length > 100) {
      refused.push({ line, reason: 'NAME_REQUIRED' });
      continue;
    }
    const region = typeof row.region === 'string' ? row.region.trim() : '';
    if (!REGION.test(region)) {
      refused.push({ line, reason: 'BAD_REGION' });
      continue;
    }
    const local = parseLocal(row.local);
    if (local === null) {
      refused.push({ line, reason: 'BAD_LOCAL' });
      continue;
    }
    const movedOn = typeof row.movedAwayOn === 'string' ? row.movedAwayOn.trim() : '';
    const source = typeof row.moveSource === 'string' ? row.moveSource.trim() : '';
    if ((movedOn !== '' || source !== '') && (!isMoveSource(source) || moveDateProblem(movedOn, birthDate, today) !== null)) {
      refused.push({ line, reason: 'BAD_MOVE' });
      continue;
    }
    if (seen.has(residentId)) {
      refused.push({ line, reason: 'DUPLICATE' });
      continue;
    }
    seen.add(residentId);
    candidates.push({ line, residentId, name, region, local, birthDate, move: movedOn !== '' ? { movedOn, source: source as MoveSource } : null });
  }
  return { candidates, refused };
}
