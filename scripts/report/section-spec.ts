// What a section of the annual report is, and the helpers its builders share. Pure.
import { at, count, isObject, numberAt, yuan, type Table } from './report-model';

export const REPORT_SERVICES = ['social-assistance', 'child-welfare', 'elderly-care', 'canteen', 'civil-registration', 'payments'] as const;
export type ReportService = (typeof REPORT_SERVICES)[number];

export interface SectionSpec {
  key: string;
  title: string;
  source: ReportService;
  /** Top-level paths of the service's answer that this section shows. */
  used: string[];
  build(data: unknown): Table[];
}

export const figureRows = (data: unknown, rows: Array<[string, string, 'count' | 'yuan']>): string[][] =>
  rows.map(([label, path, kind]) => [label, kind === 'yuan' ? yuan(numberAt(data, path)) : count(numberAt(data, path))]);

/** Rows of a `{ key: number }` object, known keys first in the given order, then any others. */
export function keyedCounts(data: unknown, path: string, labels: Record<string, string>): string[][] {
  const value = at(data, path);
  const entries = isObject(value) ? value : {};
  const keys = [...Object.keys(labels), ...Object.keys(entries).filter((k) => !(k in labels))];
  return keys.map((k) => [labels[k] ?? k, count(typeof entries[k] === 'number' ? (entries[k] as number) : undefined)]);
}

export const asOfCaption = (data: unknown, what: string): string => {
  const asOf = at(data, 'asOf');
  return typeof asOf === 'string' ? `${what} on ${asOf}` : what;
};

