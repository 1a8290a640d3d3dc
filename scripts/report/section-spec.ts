// What a chapter and a section of the annual report are, and the helpers their builders share. Pure.
import type { Chart } from './charts';
import { at, countOf, fenOf, figure, isObject, numberAt, type Cell, type FigureKind, type SourceResult, type Table } from './report-model';
import { codeLabel } from './zh-CN-codes';
import { CAPTIONS, figureLabel, HEADERS } from './zh-CN';

export const REPORT_SERVICES = ['social-assistance', 'child-welfare', 'elderly-care', 'canteen', 'civil-registration', 'payments'] as const;
export type ReportService = (typeof REPORT_SERVICES)[number];

/** One service's part of a chapter. */
export interface SectionSpec {
  key: string;
  title: string;
  source: ReportService;
  /** Top-level (or dotted) paths of the service's answer that this section shows. */
  used: string[];
  build(data: unknown): Table[];
}

export interface ChapterSpec {
  key: string;
  title: string;
  /** The workbook's sheet name for the chapter. */
  sheet: string;
  sections: SectionSpec[];
  /** Charts from the answers of the chapter's services (a missing answer draws nothing). */
  charts?(results: Partial<Record<ReportService, SourceResult>>): Chart[];
  notes?: string[];
}

/** Figure rows: [path in the answer, kind]; the label is the figure's in zh-CN.ts. */
export const figureRows = (service: ReportService, data: unknown, rows: Array<[string, FigureKind]>): Cell[][] =>
  rows.map(([path, kind]) => [figureLabel(service, path), figure(kind, numberAt(data, path))]);

/** A two-column table of single figures. */
export const figureTable = (service: ReportService, data: unknown, caption: string, rows: Array<[string, FigureKind]>): Table => ({
  caption,
  headers: [...HEADERS.figure],
  rows: figureRows(service, data, rows),
});

/** Rows of a `{ code: number }` object, known codes first in the labels' order, then any others. */
export function keyedCounts(data: unknown, path: string, labels: Record<string, string>): Cell[][] {
  const value = at(data, path);
  const entries = isObject(value) ? value : {};
  const keys = [...Object.keys(labels), ...Object.keys(entries).filter((k) => !(k in labels))];
  return keys.map((k) => [codeLabel(labels, k), countOf(typeof entries[k] === 'number' ? (entries[k] as number) : undefined)]);
}

/** Rows of `{ code: { <countName>: n, amountFen: f } }` in the labels' order. */
export const keyedAmountRows = (data: unknown, path: string, labels: Record<string, string>, countName: string): Cell[][] =>
  Object.keys(labels).map((key) => [labels[key], countOf(numberAt(data, `${path}.${key}.${countName}`)), fenOf(numberAt(data, `${path}.${key}.amountFen`))]);

/** The caption with the report day the service gave (截至 …), when it gave one. */
export const asOfCaption = (data: unknown, caption: string): string => {
  const asOf = at(data, 'asOf');
  return typeof asOf === 'string' ? CAPTIONS.asOf(caption, asOf) : caption;
};

/** The sum of a numeric field over rows; undefined when no row has it. */
export const sumOf = (rows: Array<Record<string, unknown>>, field: string): number | undefined =>
  rows.reduce<number | undefined>((n, r) => (typeof r[field] === 'number' ? (n ?? 0) + (r[field] as number) : n), undefined);
