// The annual report as an .xlsx workbook, one sheet per chapter (社会救助 … 资金发放（一卡通）) and
// one for the appendix, each with the chapter's numbered tables. Figures are numbers with number
// formats, never text, so the bureau can add them up: 元 with two decimals, 万元, per cent; a figure
// the service did not give is the dash. Charts stay in the HTML. Pure apart from building bytes.
import { Workbook, type Cell as XlsxCell, type Worksheet } from 'exceljs';
import { isFigure, MISSING, type AnnualReport, type Cell, type Figure, type Section, type Table } from './report-model';
import { REPORT_TEXT, SHEET_NAMES, SOURCE_NAMES } from './zh-CN';

const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF4E9E7' } } as const;
const THIN = { style: 'thin', color: { argb: 'FFBBBBBB' } } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** The number Excel stores for a figure, and its format. */
export function excelNumber(figure: Figure & { value: number }): { value: number; numFmt: string } {
  switch (figure.kind) {
    case 'fen':
      return { value: figure.value / 100, numFmt: '#,##0.00' };
    case 'wan':
      return { value: figure.value / 1_000_000, numFmt: '#,##0.00' };
    case 'ratio':
      return { value: figure.value, numFmt: '0.00%' };
    case 'percent':
      return { value: figure.value / 100, numFmt: '0.0%' };
    default:
      return { value: figure.value, numFmt: Number.isInteger(figure.value) ? '#,##0' : '#,##0.0#' };
  }
}

function setCell(target: XlsxCell, cell: Cell): void {
  target.border = BORDER;
  if (!isFigure(cell)) {
    target.value = cell;
    return;
  }
  target.alignment = { horizontal: 'right' };
  if (cell.value === undefined) {
    target.value = MISSING;
    return;
  }
  const { value, numFmt } = excelNumber({ kind: cell.kind, value: cell.value });
  target.value = value;
  target.numFmt = numFmt;
}

function addTable(sheet: Worksheet, table: Table, number: string): void {
  sheet.addRow([`${number} ${table.caption}`]).font = { bold: true };
  if (table.rows.length === 0) {
    sheet.addRow([REPORT_TEXT.noTables]);
  } else {
    const header = sheet.addRow(table.headers);
    header.eachCell((c) => {
      c.font = { bold: true };
      c.fill = HEADER_FILL;
      c.border = BORDER;
      c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    });
    for (const row of table.rows) {
      const added = sheet.addRow([]);
      row.forEach((cell, i) => setCell(added.getCell(i + 1), cell));
    }
  }
  if (table.note) sheet.addRow([`${REPORT_TEXT.note}${table.note}`]).font = { italic: true, color: { argb: 'FF555555' } };
  sheet.addRow([]);
}

function addSection(sheet: Worksheet, section: Section, heading: string, numberOf: (index: number) => string): void {
  sheet.addRow([heading]).font = { bold: true, size: 12 };
  sheet.addRow([`${REPORT_TEXT.source}${SOURCE_NAMES[section.source] ?? section.source}`]).font = { color: { argb: 'FF666666' } };
  if (section.lead) sheet.addRow([section.lead]);
  if (section.unavailable !== undefined) {
    sheet.addRow([`${REPORT_TEXT.unavailable}。${REPORT_TEXT.unavailableReasonPrefix}${section.unavailable}`]);
    sheet.addRow([]);
    return;
  }
  section.tables.forEach((table, i) => addTable(sheet, table, numberOf(i)));
}

function newSheet(workbook: Workbook, name: string, title: string, report: AnnualReport): Worksheet {
  const sheet = workbook.addWorksheet(name);
  sheet.columns = [{ width: 46 }, ...Array.from({ length: 7 }, () => ({ width: 18 }))];
  sheet.addRow([title]).font = { bold: true, size: 14 };
  sheet.addRow([`${REPORT_TEXT.title(report.year)} ${REPORT_TEXT.scope(report.division)} ${REPORT_TEXT.units}`]).font = { color: { argb: 'FF666666' } };
  if (report.sample) sheet.addRow([REPORT_TEXT.sample]).font = { bold: true, color: { argb: 'FFB8322A' } };
  sheet.addRow([]);
  return sheet;
}

/** The workbook of the report: a sheet per chapter, then the appendix's when the report has one. */
export function buildWorkbook(report: AnnualReport): Workbook {
  const workbook = new Workbook();
  workbook.creator = 'civil-affairs-platform';
  workbook.created = new Date(report.generatedAt);
  report.chapters.forEach((chapter, c) => {
    const sheet = newSheet(workbook, chapter.sheet, chapter.title, report);
    let first = 1;
    chapter.sections.forEach((section, s) => {
      const from = first;
      addSection(sheet, section, `${s + 1}. ${section.title}`, (i) => REPORT_TEXT.tablePrefix(c + 1, from + i));
      first += section.tables.length;
    });
    for (const note of chapter.notes ?? []) sheet.addRow([`${REPORT_TEXT.note}${note}`]).font = { italic: true };
  });
  if (report.appendix) {
    const sheet = newSheet(workbook, SHEET_NAMES.appendix, report.appendix.title, report);
    addSection(sheet, report.appendix, report.appendix.title, (i) => REPORT_TEXT.appendixTablePrefix(i + 1));
  }
  return workbook;
}

/** The .xlsx file's bytes. */
export async function renderXlsx(report: AnnualReport): Promise<Buffer> {
  return Buffer.from(await buildWorkbook(report).xlsx.writeBuffer());
}
