// 标准（本年度执行）: the standards a service answers in force during the year, a row per period with
// its dates, and under the table the changes within the year as the bureau's summary writes them
// ("城市低保标准728→735元/人·月（2024年7月1日起）"). Pure.
import { fenOf, numberAt, rowsAt, type Cell, type Table } from './report-model';
import { codeLabel } from './zh-CN-codes';
import { STANDARD_LABELS, STANDARD_TEXT, STANDARD_TIER_LABELS, STANDARD_UNIT_LABELS } from './zh-CN-standards';

interface Period {
  from: string;
  to: string | null;
  amountFen: number | undefined;
}

const label = (standard: Record<string, unknown>): string => {
  const name = codeLabel(STANDARD_LABELS, standard.standard);
  const tier = standard.tier;
  return typeof tier === 'string' ? `${name}（${codeLabel(STANDARD_TIER_LABELS[String(standard.standard)] ?? {}, tier)}）` : name;
};

const periodsOf = (standard: Record<string, unknown>): Period[] =>
  rowsAt(standard, 'periods').flatMap((p) =>
    typeof p.effectiveFrom === 'string' ? [{ from: p.effectiveFrom, to: typeof p.effectiveTo === 'string' ? p.effectiveTo : null, amountFen: numberAt(p, 'amountFen') }] : [],
  );

/** 72800 -> "728", 618850 -> "6,188.5": the summary writes standards in whole yuan. */
const plainYuan = (fen: number | undefined): string => (fen === undefined ? '—' : (fen / 100).toLocaleString('en-US', { maximumFractionDigits: 2 }));

/** "城市低保标准728→735元/人·月（2024年7月1日起）" for each change within the year (a period beginning after 1 January). */
function changes(name: string, unit: string, periods: readonly Period[], year: number): string[] {
  return periods.flatMap((p, i) =>
    i > 0 && p.from > `${year}-01-01` && p.from <= `${year}-12-31` ? [STANDARD_TEXT.change(name, `${plainYuan(periods[i - 1].amountFen)}→${plainYuan(p.amountFen)}`, unit, p.from)] : [],
  );
}

export function standardsTable(data: unknown, caption: string): Table {
  const year = numberAt(data, 'year') ?? 0;
  const standards = rowsAt(data, 'standards');
  const rows: Cell[][] = [];
  const changed: string[] = [];
  for (const standard of standards) {
    const name = label(standard);
    const unit = codeLabel(STANDARD_UNIT_LABELS, standard.unit);
    const periods = periodsOf(standard);
    if (periods.length === 0) rows.push([name, STANDARD_TEXT.notSet, fenOf(undefined), unit]);
    for (const p of periods) rows.push([name, STANDARD_TEXT.period(p.from, p.to), fenOf(p.amountFen), unit]);
    changed.push(...changes(name, unit, periods, year));
  }
  if (standards.length === 0) return { caption, headers: [...STANDARD_TEXT.headers], rows };
  const summary = changed.length > 0 ? STANDARD_TEXT.changes(changed) : STANDARD_TEXT.unchanged;
  return { caption, headers: [...STANDARD_TEXT.headers], rows, note: `${summary}${STANDARD_TEXT.source}` };
}
