// The annual report as data: chapters (（一）社会救助 …) of sections (one per service answer) of
// tables, built from what each service's GET /api/v1/reports/annual answered. A figure stays a
// number with its kind until it is rendered: Markdown and HTML print it the way a Chinese report
// does, the workbook keeps it a number with a number format. Pure.
import type { Chart } from './charts';

/** count: a plain number; fen: money in fen, shown in 元; wan: money in fen, shown in 万元; ratio: 0–1, shown in %; percent: already in %. */
export type FigureKind = 'count' | 'fen' | 'wan' | 'ratio' | 'percent';

export interface Figure {
  readonly kind: FigureKind;
  /** undefined: the service did not report it (a dash). */
  readonly value: number | undefined;
}

/** A table cell: a label (text) or a figure. */
export type Cell = string | Figure;

export interface Table {
  caption: string;
  headers: string[];
  rows: Cell[][];
  /** A line under the table: where a figure comes from, what it leaves out. */
  note?: string;
}

export interface Section {
  key: string;
  title: string;
  /** The service whose annual endpoint the figures come from. */
  source: string;
  /** A paragraph under the heading (the appendix's coverage). */
  lead?: string;
  tables: Table[];
  charts?: Chart[];
  /** Set when the figures could not be had: the section then says so instead of showing tables. */
  unavailable?: string;
}

export interface Chapter {
  key: string;
  /** '（一）社会救助' */
  title: string;
  /** The workbook's sheet for the chapter (at most 31 characters). */
  sheet: string;
  sections: Section[];
  /** Charts drawn from the chapter's sections together. */
  charts?: Chart[];
  /** Why a chart the bureau would show is not there. */
  notes?: string[];
}

export interface AnnualReport {
  year: number;
  generatedAt: string;
  /** The division the figures cover: the caller's (000000 = the whole platform). */
  division: string;
  /** Built from the test samples, not from the services: the report says so at its head. */
  sample?: boolean;
  chapters: Chapter[];
  /** 附录 tables, after the chapters. */
  appendix?: Section;
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

export const figure = (kind: FigureKind, value: number | undefined): Figure => ({ kind, value });
export const countOf = (value: number | undefined): Figure => figure('count', value);
export const fenOf = (value: number | undefined): Figure => figure('fen', value);
export const wanOf = (value: number | undefined): Figure => figure('wan', value);
export const ratioOf = (value: number | undefined): Figure => figure('ratio', value);
export const percentOf = (value: number | undefined): Figure => figure('percent', value);

export const isFigure = (cell: Cell): cell is Figure => typeof cell !== 'string';

const grouped = (value: number, decimals: number, keepTrailing: boolean): string =>
  value.toLocaleString('en-US', { minimumFractionDigits: keepTrailing ? decimals : 0, maximumFractionDigits: decimals });

/** 12345 -> "12,345"; 4210.5 -> "4,210.5"; a missing figure is a dash. */
export function count(value: number | undefined): string {
  return value === undefined ? MISSING : grouped(value, 2, false);
}

/** Integer fen -> 元 with two decimals and thousands separators: 162600000 -> "1,626,000.00". */
export function yuan(fen: number | undefined): string {
  if (fen === undefined) return MISSING;
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(Math.round(fen));
  const whole = Math.floor(abs / 100).toLocaleString('en-US');
  return `${sign}${whole}.${String(abs % 100).padStart(2, '0')}`;
}

/** Integer fen -> 万元 with two decimals, as the summary writes large sums: 11656260000 -> "11,656.26". */
export function wanYuan(fen: number | undefined): string {
  return fen === undefined ? MISSING : grouped(Math.round(fen / 10_000) / 100, 2, true);
}

/** 0.98765 -> "98.77%". */
export function percent(ratio: number | undefined): string {
  return ratio === undefined ? MISSING : `${(ratio * 100).toFixed(2)}%`;
}

/** A share already in per cent: 33.3 -> "33.3%". */
export function share(value: number | undefined): string {
  return value === undefined ? MISSING : `${count(value)}%`;
}

/** A cell as the report prints it. */
export function cellText(cell: Cell): string {
  if (typeof cell === 'string') return cell;
  switch (cell.kind) {
    case 'fen':
      return yuan(cell.value);
    case 'wan':
      return wanYuan(cell.value);
    case 'ratio':
      return percent(cell.value);
    case 'percent':
      return share(cell.value);
    default:
      return count(cell.value);
  }
}

/** The rows of a table as printed, for tests and plain-text renderings. */
export const textRows = (table: Table): string[][] => table.rows.map((row) => row.map(cellText));

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

/** Rows of an array of objects at `path`; [] when it is missing or not an array. */
export function rowsAt(data: unknown, path: string): Json[] {
  const value = at(data, path);
  return Array.isArray(value) ? value.filter(isObject) : [];
}

export function text(value: unknown): string {
  if (value === undefined || value === null || value === '') return MISSING;
  return typeof value === 'string' ? value : String(value);
}
