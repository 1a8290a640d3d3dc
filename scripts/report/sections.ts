// The bureau's annual work summary, chapter by chapter in its order (一、主要工作开展情况 with
// （一）社会救助 … （七）资金发放), from the JSON each service's annual endpoint answers. Tolerant by
// design: a missing figure renders as a dash, an unknown figure appears under 其他统计数据 after
// its service's last section, and a service that did not answer makes its sections say why
// instead of failing the report.
import { appendixSection, type SeedFile } from './appendix';
import { ASSISTANCE_CHAPTER } from './assistance-sections';
import { CANTEEN_SECTION } from './canteen-sections';
import type { Chart } from './charts';
import { CHILD_WELFARE_SECTIONS } from './child-welfare-sections';
import { FUNERAL_SECTIONS, MARRIAGE_SECTIONS, PLACE_NAME_SECTIONS } from './civil-registration-sections';
import { FACILITIES_SECTION } from './elderly-care-facilities';
import { ELDERLY_CARE_SECTIONS, highAgeTierChart } from './elderly-care-sections';
import { DISBURSEMENT_SECTIONS, programmeMoneyChart } from './payments-sections';
import { countOf, isObject, otherFigures, type AnnualReport, type Chapter, type Section, type SourceResult, type Table } from './report-model';
import type { ChapterSpec, ReportService, SectionSpec } from './section-spec';
import { CHAPTER_TITLES, figureLabel, NOTES, REPORT_TEXT, SHEET_NAMES, UNAVAILABLE_REASONS } from './zh-CN';

export { REPORT_SERVICES, type ReportService } from './section-spec';

const dataOf = (result: SourceResult | undefined): unknown => (result?.ok && isObject(result.data) ? result.data : undefined);

export const CHAPTERS: ChapterSpec[] = [
  ASSISTANCE_CHAPTER,
  {
    key: 'elderly',
    title: CHAPTER_TITLES.elderly,
    sheet: SHEET_NAMES.elderly,
    sections: [...ELDERLY_CARE_SECTIONS, FACILITIES_SECTION, CANTEEN_SECTION],
    charts: (results) => highAgeTierChart(dataOf(results['elderly-care'])),
  },
  { key: 'children', title: CHAPTER_TITLES.children, sheet: SHEET_NAMES.children, sections: CHILD_WELFARE_SECTIONS },
  { key: 'marriage', title: CHAPTER_TITLES.marriage, sheet: SHEET_NAMES.marriage, sections: MARRIAGE_SECTIONS },
  { key: 'funerals', title: CHAPTER_TITLES.funerals, sheet: SHEET_NAMES.funerals, sections: FUNERAL_SECTIONS },
  { key: 'place-names', title: CHAPTER_TITLES.placeNames, sheet: SHEET_NAMES.placeNames, sections: PLACE_NAME_SECTIONS },
  {
    key: 'disbursement',
    title: CHAPTER_TITLES.disbursement,
    sheet: SHEET_NAMES.disbursement,
    sections: DISBURSEMENT_SECTIONS,
    charts: (results) => programmeMoneyChart(dataOf(results.payments)),
    // No service's annual answer has months: the bureau's monthly caseload chart cannot be drawn.
    notes: [NOTES.noMonthly],
  },
];

const ALL_SECTIONS: SectionSpec[] = CHAPTERS.flatMap((c) => c.sections);

function otherFiguresTable(service: ReportService, data: unknown): Table[] {
  const used = ALL_SECTIONS.filter((s) => s.source === service).flatMap((s) => s.used);
  const rest = otherFigures(data, used);
  if (rest.length === 0) return [];
  return [{ caption: REPORT_TEXT.otherFigures, headers: [...REPORT_TEXT.otherHeaders], rows: rest.map(([path, value]) => [figureLabel(service, path), countOf(value)]) }];
}

function buildSection(spec: SectionSpec, result: SourceResult | undefined, lastOfSource: boolean): Section {
  const head = { key: spec.key, title: spec.title, source: spec.source };
  const answer = result ?? { ok: false as const, reason: UNAVAILABLE_REASONS.notRequested };
  if (!answer.ok) return { ...head, tables: [], unavailable: answer.reason };
  if (!isObject(answer.data)) return { ...head, tables: [], unavailable: UNAVAILABLE_REASONS.notObject };
  const tables = spec.build(answer.data);
  if (lastOfSource) tables.push(...otherFiguresTable(spec.source, answer.data));
  return { ...head, tables };
}

/**
 * The report from what each service answered, for the division the caller's token covers. A
 * section whose service failed says "数据暂缺" with the reason; figures no section shows are listed
 * after the last section of their service. With the city's summary figures (`seed`), the appendix
 * sets them beside the platform's.
 */
export function buildAnnualReport(year: number, results: Partial<Record<ReportService, SourceResult>>, generatedAt: string, division = '000000', seed?: SeedFile): AnnualReport {
  const lastOfSource = new Map<string, string>();
  for (const spec of ALL_SECTIONS) lastOfSource.set(spec.source, spec.key);
  const chapters: Chapter[] = CHAPTERS.map((chapter) => {
    const sections = chapter.sections.map((spec) => buildSection(spec, results[spec.source], lastOfSource.get(spec.source) === spec.key));
    const charts: Chart[] = chapter.charts?.(results) ?? [];
    return { key: chapter.key, title: chapter.title, sheet: chapter.sheet, sections, charts, ...(chapter.notes ? { notes: [...chapter.notes] } : {}) };
  });
  return { year, generatedAt, division, chapters, ...(seed ? { appendix: appendixSection(seed, results, year, division) } : {}) };
}

/** Every section of the report, in order (the appendix last when there is one). */
export const sectionsOf = (report: AnnualReport): Section[] => [...report.chapters.flatMap((c) => c.sections), ...(report.appendix ? [report.appendix] : [])];
