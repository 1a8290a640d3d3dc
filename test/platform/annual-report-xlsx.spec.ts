// The annual report's workbook, written from the fixtures and read back with exceljs as a user's
// spreadsheet would read it: a sheet per chapter, the figures numbers with their formats.
import { ValueType, Workbook, type Worksheet } from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSeedFile, type SeedFile } from '../../scripts/report/appendix';
import type { SourceResult } from '../../scripts/report/report-model';
import { excelNumber, renderXlsx } from '../../scripts/report/render-xlsx';
import { buildAnnualReport, type ReportService } from '../../scripts/report/sections';
import { ALL_ANSWERS_2024 } from './fixtures/annual-samples';

const ok = (data: unknown): SourceResult => ({ ok: true, data });
const ALL = ALL_ANSWERS_2024;

async function readBack(results: Partial<Record<ReportService, SourceResult>>, seed?: SeedFile): Promise<Workbook> {
  const bytes = await renderXlsx(buildAnnualReport(2024, results, '2025-01-15T08:00:00.000Z', '000000', seed));
  const workbook = new Workbook();
  // exceljs types its input as an ArrayBuffer: hand it the bytes' own copy.
  await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  return workbook;
}

/** The row whose first cell is `label`, below the table captioned `caption`. */
function rowOf(sheet: Worksheet, caption: string, label: string) {
  let inTable = false;
  for (let r = 1; r <= sheet.rowCount; r++) {
    const first = sheet.getRow(r).getCell(1).value;
    if (typeof first === 'string' && first.endsWith(caption)) inTable = true;
    else if (inTable && first === label) return sheet.getRow(r);
  }
  throw new Error(`no row ${label} under ${caption} in ${sheet.name}`);
}

describe('the annual report workbook', () => {
  let workbook: Workbook;

  beforeAll(async () => {
    workbook = await readBack(ALL);
  });

  it('has one sheet per chapter, Chinese names of at most 31 characters', () => {
    const names = workbook.worksheets.map((s) => s.name);
    expect(names).toEqual(['社会救助', '养老服务', '儿童福利', '婚姻登记', '殡葬管理', '区划地名', '资金发放（一卡通）']);
    for (const name of names) expect(name.length).toBeLessThanOrEqual(31);
  });

  it('opens each sheet with the chapter title and numbers its tables as the HTML does', () => {
    const sheet = workbook.getWorksheet('社会救助')!;
    expect(sheet.getCell('A1').value).toBe('（一）社会救助');
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    const captions = sheet.getColumn(1).values.filter((v): v is string => typeof v === 'string' && v.startsWith('表'));
    expect(captions).toEqual([
      '表1-1 城乡低保和特困人员基本生活标准（本年度执行）',
      '表1-2 城乡低保和特困人员新增、停保及资金发放情况',
      '表1-3 临时救助情况',
      '表1-4 流浪乞讨人员救助和回归稳固情况',
      '表1-5 “物质+服务”救助服务情况（本年度已审核结算）',
    ]);
  });

  it('writes figures as numbers with number formats: counts, 元 from fen, 万元, per cent', () => {
    const dibao = rowOf(workbook.getWorksheet('社会救助')!, '城乡低保和特困人员新增、停保及资金发放情况', '城乡低保');
    expect([2, 3, 6].map((c) => dibao.getCell(c).type)).toEqual([ValueType.Number, ValueType.Number, ValueType.Number]);
    expect(dibao.getCell(2).value).toBe(1010);
    expect(dibao.getCell(2).numFmt).toBe('#,##0');
    expect(dibao.getCell(6).value).toBe(80243199);
    expect(dibao.getCell(6).numFmt).toBe('#,##0.00');
    // A standard is a sum of money too: 728 yuan, with its period as text beside it.
    const urban = rowOf(workbook.getWorksheet('社会救助')!, '城乡低保和特困人员基本生活标准（本年度执行）', '城市低保标准');
    expect([urban.getCell(2).value, urban.getCell(3).value, urban.getCell(3).numFmt]).toEqual(['2023年7月1日至2024年6月30日', 728, '#,##0.00']);

    const paid = rowOf(workbook.getWorksheet('资金发放（一卡通）')!, '“一卡通”资金发放情况（按银行记账日期）', '发放金额（万元）');
    expect(paid.getCell(2).value).toBeCloseTo(11656.26, 6);
    expect(paid.getCell(2).type).toBe(ValueType.Number);

    const cremation = rowOf(workbook.getWorksheet('殡葬管理')!, '死亡、火化和惠民殡葬情况', '火化率');
    expect([cremation.getCell(2).value, cremation.getCell(2).numFmt]).toEqual([1, '0.00%']);
    const hours = rowOf(workbook.getWorksheet('儿童福利')!, '志愿服务和慈善资金情况', '志愿服务时长（小时）');
    expect([hours.getCell(2).value, hours.getCell(2).numFmt]).toEqual([4210.5, '#,##0.0#']);
  });

  it('styles the header row of each table', () => {
    const sheet = workbook.getWorksheet('社会救助')!;
    const caption = sheet.getColumn(1).values.indexOf('表1-2 城乡低保和特困人员新增、停保及资金发放情况');
    const header = sheet.getRow(caption + 1);
    expect([header.getCell(1).value, header.getCell(6).value]).toEqual(['项目', '发放资金（元）']);
    expect(header.getCell(1).font?.bold).toBe(true);
    expect(header.getCell(1).fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
  });

  it('writes a dash, as text, for a figure the service did not give, and the reason for a service that did not answer', async () => {
    const partial = await readBack({ ...ALL, 'social-assistance': ok({ year: 2024, DIBAO: { newHouseholds: 7 } }), canteen: { ok: false, reason: '无法连接 http://127.0.0.1:9（ECONNREFUSED）' } });
    const dibao = rowOf(partial.getWorksheet('社会救助')!, '城乡低保和特困人员新增、停保及资金发放情况', '城乡低保');
    expect([dibao.getCell(2).value, dibao.getCell(3).value]).toEqual([7, '—']);
    expect(partial.getWorksheet('养老服务')!.getColumn(1).values).toContain('数据暂缺。原因：无法连接 http://127.0.0.1:9（ECONNREFUSED）');
  });

  it('adds the appendix as its own sheet, the summary\'s and the platform\'s figures as numbers', async () => {
    const seed = parseSeedFile(JSON.parse(readFileSync(join(__dirname, '..', '..', 'seeds/city-2024-figures.json'), 'utf8')));
    const withAppendix = await readBack(ALL, seed);
    expect(withAppendix.worksheets.map((s) => s.name).at(-1)).toBe('附录 与年度总结数据对照');
    const funeral = rowOf(withAppendix.getWorksheet('附录 与年度总结数据对照')!, '§6 婚姻登记、殡葬和地名', '惠民殡葬资金');
    expect([2, 3, 4, 5].map((c) => funeral.getCell(c).value)).toEqual(['元', 16260000, 3900000, -12360000]);
    expect(funeral.getCell(6).value).toEqual(expect.stringContaining('应付总额'));
  });

  it.each([
    ['count', 15997, 15997, '#,##0'],
    ['fen', 162600000, 1626000, '#,##0.00'],
    ['wan', 11656260000, 11656.26, '#,##0.00'],
    ['ratio', 0.5, 0.5, '0.00%'],
    ['percent', 33.3, 0.333, '0.0%'],
  ] as const)('stores a %s figure of %p as %p with format %s', (kind, value, stored, numFmt) => {
    const number = excelNumber({ kind, value });
    expect(number.value).toBeCloseTo(stored, 9);
    expect(number.numFmt).toBe(numFmt);
  });
});
