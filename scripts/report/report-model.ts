// The annual report as data: sections of tables, built from what each service's
// GET /api/v1/reports/annual answered. Pure; rendering is in render-markdown.ts / render-html.ts.

export interface Table {
  caption: string;
  headers: string[];
  rows: string[][];
}

export interface Section {
  key: string;
  title: string;
  /** The service whose annual endpoint the figures come from. */
  source: string;
  tables: Table[];
  /** Set when the figures could not be had: the section then says so instead of showing tables. */
  unavailable?: string;
}

export interface AnnualReport {
  year: number;
  generatedAt: string;
  sections: Section[];
}

/** What fetching one service's annual figures gave. */
export type SourceResult = { ok: true; data: unknown } | { ok: false; reason: string };

export const MISSING = '—';

type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The value at a dotted path, or undefined when any step is missing. */
export function at(data: unknown, path: string): unknown {
  let current: unknown = data;
  for (const step of path.split('.')) {
    if (!isObject(current)) return undefined;
    current = current[step];
  }
  return current;
}

export function numberAt(data: unknown, path: string): number | undefined {
  const value = at(data, path);
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** 12345 -> "12,345"; a missing figure is a dash. */
export function count(value: number | undefined): string {
  return value === undefined ? MISSING : value.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/** Integer fen -> yuan with two decimals and thousands separators: 162600000 -> "1,626,000.00". */
export function yuan(fen: number | undefined): string {
  if (fen === undefined) return MISSING;
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(Math.round(fen));
  const whole = Math.floor(abs / 100).toLocaleString('en-US');
  return `${sign}${whole}.${String(abs % 100).padStart(2, '0')}`;
}

/** 0.98765 -> "98.77%". */
export function percent(ratio: number | undefined): string {
  return ratio === undefined ? MISSING : `${(ratio * 100).toFixed(2)}%`;
}

/**
 * Numeric figures of `data` that no table used, as dotted paths: a service that adds a figure
 * shows up in the report without a code change here. Arrays are left out (their rows need a
 * table of their own), as are `year` and paths starting with one in `used`.
 */
export function otherFigures(data: unknown, used: readonly string[], prefix = ''): Array<[string, number]> {
  if (!isObject(data)) return [];
  const out: Array<[string, number]> = [];
  for (const [key, value] of Object.entries(data)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (path === 'year' || used.some((u) => path === u || path.startsWith(`${u}.`))) continue;
    if (typeof value === 'number' && Number.isFinite(value)) out.push([path, value]);
    else if (isObject(value)) out.push(...otherFigures(value, used, path));
  }
  return out;
}

export function otherFiguresTable(data: unknown, used: readonly string[]): Table[] {
  const rest = otherFigures(data, used);
  if (rest.length === 0) return [];
  return [{ caption: 'Other figures reported', headers: ['figure', 'value'], rows: rest.map(([path, value]) => [path, count(value)]) }];
}

/** Rows of an array of objects at `path`; [] when it is missing or not an array. */
export function rowsAt(data: unknown, path: string): Json[] {
  const value = at(data, path);
  return Array.isArray(value) ? value.filter(isObject) : [];
}

export function text(value: unknown): string {
  if (value === undefined || value === null || value === '') return MISSING;
  return typeof value === 'string' ? value : String(value);
}
