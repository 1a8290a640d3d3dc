// （七）资金发放（一卡通）: what payments paid into payees' accounts in the year, in all and by
// programme (DOMAIN §8), and the chart of money by programme. Pure.
import type { Chart } from './charts';
import { countOf, fenOf, numberAt, rowsAt, text, type Table } from './report-model';
import { figureTable, type SectionSpec } from './section-spec';
import { codeLabel, PROGRAMME_LABELS } from './zh-CN-codes';
import { CAPTIONS, HEADERS, NOTES, SECTION_TITLES } from './zh-CN';

/** Known programmes in the order the summary lists them, then any the labels do not know. */
const ORDER = Object.keys(PROGRAMME_LABELS);
const rank = (code: unknown): number => (ORDER.includes(String(code)) ? ORDER.indexOf(String(code)) : ORDER.length);
const inProgrammeOrder = <T extends Record<string, unknown>>(rows: T[]): T[] => [...rows].sort((a, b) => rank(a.programme) - rank(b.programme));

const disbursementTables = (data: unknown): Table[] => [
  {
    ...figureTable('payments', data, CAPTIONS.disbursementTotals, [
      ['paidLines', 'count'],
      ['paidFen', 'wan'],
      ['failedLines', 'count'],
      ['failedFen', 'wan'],
    ]),
    note: NOTES.disbursement,
  },
  {
    caption: CAPTIONS.disbursementByProgramme,
    headers: [...HEADERS.disbursementByProgramme],
    rows: inProgrammeOrder(rowsAt(data, 'byProgramme')).map((r) => [
      codeLabel(PROGRAMME_LABELS, text(r.programme)),
      countOf(numberAt(r, 'paidLines')),
      countOf(numberAt(r, 'payeesPaid')),
      fenOf(numberAt(r, 'paidFen')),
      countOf(numberAt(r, 'failedLines')),
      fenOf(numberAt(r, 'failedFen')),
    ]),
  },
];

export const DISBURSEMENT_SECTIONS: SectionSpec[] = [
  { key: 'disbursement', title: SECTION_TITLES.disbursement, source: 'payments', used: ['paidLines', 'paidFen', 'failedLines', 'failedFen', 'byProgramme'], build: disbursementTables },
];

/** 图: money paid by programme, largest first, in 万元. */
export function programmeMoneyChart(data: unknown): Chart[] {
  const bars = rowsAt(data, 'byProgramme')
    .flatMap((r) => {
      const value = numberAt(r, 'paidFen');
      return value === undefined ? [] : [{ label: codeLabel(PROGRAMME_LABELS, text(r.programme)), value }];
    })
    .sort((a, b) => b.value - a.value);
  return bars.length === 0 ? [] : [{ key: 'money-by-programme', title: NOTES.programmeChart, kind: 'wan', unit: '万元', bars }];
}
