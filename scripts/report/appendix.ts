// 附录：与年度总结数据对照 — every city figure of the bureau's 2024 summary (the seed,
// seeds/city-2024-figures.json) beside the platform's figure from the services' answers, the
// difference, and why it is not zero where that is known (the summary's own inconsistencies, the
// platform's counting rules). A figure the platform does not produce is 未覆盖. Pure.
import { PLATFORM_FIGURES, type Answers } from './platform-figures';
import { cellText, countOf, figure, isObject, ratioOf, type Cell, type FigureKind, type Section, type Table } from './report-model';
import { APPENDIX_TEXT, DOMAIN_SECTION_TITLES } from './zh-CN-appendix';
import { REPORT_TEXT } from './zh-CN';

export interface SeedFigure {
  key: string;
  /** The DOMAIN.md section it is cited from, e.g. '§4'. */
  section: string;
  label: string;
  value: number;
  kind: 'count' | 'fen' | 'ratio';
  unit: string;
  /** at-least: written "130+"; about: written "≈ 2.96". */
  approx?: 'at-least' | 'about';
  quote?: string;
  source?: string;
  explanation?: string;
}

export interface SeedFile {
  year: number;
  figures: SeedFigure[];
}

/** The seed file as read from JSON, or an Error naming the first entry at fault. */
export function parseSeedFile(raw: unknown): SeedFile {
  if (!isObject(raw) || typeof raw.year !== 'number' || !Array.isArray(raw.figures)) throw new Error('the city figures file needs a year and a figures array');
  const keys = new Set<string>();
  raw.figures.forEach((f: unknown, i) => {
    const ok =
      isObject(f) &&
      typeof f.key === 'string' &&
      typeof f.label === 'string' &&
      typeof f.section === 'string' &&
      /^§\d+$/.test(f.section) &&
      typeof f.value === 'number' &&
      ['count', 'fen', 'ratio'].includes(String(f.kind)) &&
      typeof f.unit === 'string';
    if (!ok) throw new Error(`figure ${i} of the city figures file needs key, label, section (§n), value, kind (count, fen or ratio) and unit`);
    if (keys.has(f.key as string)) throw new Error(`figure ${i}: key ${String(f.key)} appears twice`);
    keys.add(f.key as string);
  });
  return raw as unknown as SeedFile;
}

export type ComparisonStatus = 'equal' | 'explained' | 'unexplained' | 'uncovered';

export interface Comparison {
  figure: SeedFigure;
  platform: number | undefined;
  difference: number | undefined;
  status: ComparisonStatus;
  explanation: string;
}

/** Differences below this are rounding (ratios from per-cent shares with one decimal, sums of floats). */
const EPSILON = 1e-9;

function judge(figure: SeedFigure, platform: number | undefined): Omit<Comparison, 'figure' | 'platform' | 'difference'> {
  if (platform === undefined) return { status: 'uncovered', explanation: figure.explanation ? `${APPENDIX_TEXT.uncovered}。${figure.explanation}` : APPENDIX_TEXT.uncovered };
  const difference = platform - figure.value;
  if (Math.abs(difference) < EPSILON) return { status: 'equal', explanation: figure.approx === 'about' ? APPENDIX_TEXT.about : APPENDIX_TEXT.equal };
  if (figure.approx === 'at-least' && difference > 0) return { status: 'explained', explanation: APPENDIX_TEXT.atLeast(cellText(countOf(figure.value))) };
  if (figure.explanation) return { status: 'explained', explanation: figure.explanation };
  return { status: 'unexplained', explanation: APPENDIX_TEXT.unexplained };
}

/** Each figure of the seed beside the platform's. */
export function compareFigures(seed: SeedFile, answers: Answers): Comparison[] {
  return seed.figures.map((figure) => {
    const platform = PLATFORM_FIGURES[figure.key]?.(answers);
    return { figure, platform, difference: platform === undefined ? undefined : platform - figure.value, ...judge(figure, platform) };
  });
}

export interface Coverage {
  total: number;
  /** Figures the platform produced a value for. */
  covered: number;
  equal: number;
  explained: number;
  unexplained: number;
  uncovered: number;
}

export function coverageOf(comparisons: readonly Comparison[]): Coverage {
  const of = (status: ComparisonStatus) => comparisons.filter((c) => c.status === status).length;
  const uncovered = of('uncovered');
  return { total: comparisons.length, covered: comparisons.length - uncovered, equal: of('equal'), explained: of('explained'), unexplained: of('unexplained'), uncovered };
}

const asCell = (kind: SeedFigure['kind'], value: number | undefined): Cell => (kind === 'ratio' ? ratioOf(value) : figure(kind as FigureKind, value));

function summaryTable(comparisons: readonly Comparison[]): Table {
  const sections = [...new Set(comparisons.map((c) => c.figure.section))];
  const row = (label: string, of: readonly Comparison[]): Cell[] => {
    const c = coverageOf(of);
    return [label, countOf(c.total), countOf(c.covered), countOf(c.equal), countOf(c.explained), countOf(c.unexplained), countOf(c.uncovered)];
  };
  return {
    caption: APPENDIX_TEXT.summaryCaption,
    headers: [...APPENDIX_TEXT.summaryHeaders],
    rows: [...sections.map((s) => row(DOMAIN_SECTION_TITLES[s] ?? s, comparisons.filter((c) => c.figure.section === s))), row(REPORT_TEXT.total, comparisons)],
  };
}

function figureTable(section: string, comparisons: readonly Comparison[]): Table {
  return {
    caption: DOMAIN_SECTION_TITLES[section] ?? section,
    headers: [...APPENDIX_TEXT.figureHeaders],
    rows: comparisons.map(({ figure: f, platform, difference, explanation }) => [
      f.label,
      f.kind === 'ratio' ? APPENDIX_TEXT.ratioUnit : f.unit,
      asCell(f.kind, f.value),
      asCell(f.kind, platform),
      asCell(f.kind, difference),
      explanation,
    ]),
  };
}

/** The appendix of a report of `year` for `division`, with its coverage in the lead. */
export function appendixSection(seed: SeedFile, answers: Answers, year: number, division: string): Section {
  const comparisons = compareFigures(seed, answers);
  const c = coverageOf(comparisons);
  const share = c.total === 0 ? '—' : `${((c.covered / c.total) * 100).toFixed(1)}%`;
  const caveats = [
    ...(/^(000000|\d{2}0000|\d{4}00)$/.test(division) ? [] : [APPENDIX_TEXT.notCityWide(division)]),
    ...(seed.year === year ? [] : [APPENDIX_TEXT.otherYear(seed.year, year)]),
  ];
  const sections = [...new Set(comparisons.map((x) => x.figure.section))];
  return {
    key: 'appendix',
    title: APPENDIX_TEXT.title,
    source: 'seed',
    lead: [APPENDIX_TEXT.lead(c.total, c.covered, share, c.equal, c.explained, c.unexplained, c.uncovered), ...caveats].join(''),
    tables: [summaryTable(comparisons), ...sections.map((s) => figureTable(s, comparisons.filter((x) => x.figure.section === s)))],
  };
}
