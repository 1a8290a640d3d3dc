// The standards in force during the year (低保, 特困, 高龄津贴, 孤儿基本生活费) and the canteens open
// at the year's start and end, as the report shows them and as the appendix sets them beside the
// city's summary: read from the services' answers, never from a literal of the report.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareFigures, parseSeedFile } from '../../scripts/report/appendix';
import { textRows, type SourceResult } from '../../scripts/report/report-model';
import { buildAnnualReport, sectionsOf } from '../../scripts/report/sections';
import { ALL_ANSWERS_2024, canteen2024, childWelfare2024, elderlyCare2024, socialAssistance2024 } from './fixtures/annual-samples';

const ok = (data: unknown): SourceResult => ({ ok: true, data });
const AT = '2025-01-15T08:00:00.000Z';
const seed = parseSeedFile(JSON.parse(readFileSync(join(__dirname, '..', '..', 'seeds/city-2024-figures.json'), 'utf8')));

function tableOf(report: ReturnType<typeof buildAnnualReport>, section: string, caption: RegExp) {
  const found = sectionsOf(report)
    .find((s) => s.key === section)
    ?.tables.find((t) => caption.test(t.caption));
  if (!found) throw new Error(`no table ${String(caption)} in ${section}`);
  return found;
}

describe('the standards tables', () => {
  const report = buildAnnualReport(2024, ALL_ANSWERS_2024, AT);

  it('opens the 低保 section with the standards of the year, a row per period with its dates, and the changes as the summary writes them', () => {
    const table = tableOf(report, 'dibao-tekun', /基本生活标准/);
    expect(table.headers).toEqual(['项目', '执行期间', '标准（元）', '单位']);
    expect(textRows(table).slice(0, 4)).toEqual([
      ['城市低保标准', '2023年7月1日至2024年6月30日', '728.00', '元/人·月'],
      ['城市低保标准', '2024年7月1日起', '735.00', '元/人·月'],
      ['农村低保标准', '2023年7月1日至2024年6月30日', '6,188.00', '元/人·年'],
      ['农村低保标准', '2024年7月1日起', '6,431.00', '元/人·年'],
    ]);
    expect(table.note).toMatch(/^年内调整：城市低保标准728→735元\/人·月（2024年7月1日起）；农村低保标准6,188→6,431元\/人·年（2024年7月1日起）；特困人员基本生活标准（分散供养）947→956元\/人·月/);
  });

  it('shows the high-age allowance by tier and the child allowance by care form, saying when nothing changed', () => {
    const allowances = tableOf(report, 'allowances', /标准/);
    expect(textRows(allowances)).toEqual([
      ['高龄津贴（80—99周岁）', '2020年1月1日起', '50.00', '元/人·月'],
      ['高龄津贴（100周岁及以上）', '2020年1月1日起', '1,000.00', '元/人·月'],
      ['养老服务补贴', '2020年1月1日起', '50.00', '元/人·月'],
    ]);
    expect(allowances.note).toMatch(/^年内未调整。/);
    const child = tableOf(report, 'child-support', /标准/);
    expect(textRows(child).map((r) => r.slice(1, 3))).toEqual([
      ['2020年1月1日至2024年6月30日', '1,340.00'],
      ['2024年7月1日起', '1,350.00'],
      ['2020年1月1日起', '1,800.00'],
    ]);
    expect(child.note).toMatch(/^年内调整：孤儿、事实无人抚养儿童基本生活费（分散养育）1,340→1,350元\/人·月（2024年7月1日起）。/);
  });

  it('says 未设定 for a standard without a period, names an unknown standard, tier or unit by its code, and lists two changes in a year apart', () => {
    const standards = [
      { standard: 'DIBAO_URBAN', unit: 'FEN_PER_MONTH', periods: [] },
      { standard: 'HIGH_AGE_ALLOWANCE', tier: 'AGE_90_99', unit: 'FEN_PER_MONTH', periods: [{ effectiveFrom: '2024-01-01', effectiveTo: null, amountFen: 8000 }] },
      {
        standard: 'NEW_STANDARD',
        unit: 'FEN_PER_WEEK',
        periods: [
          { effectiveFrom: '2023-01-01', effectiveTo: '2024-03-31', amountFen: 1000 },
          { effectiveFrom: '2024-04-01', effectiveTo: '2024-09-30', amountFen: 1100 },
          { effectiveFrom: '2024-10-01', effectiveTo: null, amountFen: 1250 },
        ],
      },
    ];
    const r = buildAnnualReport(2024, { ...ALL_ANSWERS_2024, 'social-assistance': ok({ ...socialAssistance2024, standards }) }, AT);
    const table = tableOf(r, 'dibao-tekun', /基本生活标准/);
    expect(textRows(table)).toEqual([
      ['城市低保标准', '未设定', '—', '元/人·月'],
      ['高龄津贴（AGE_90_99）', '2024年1月1日起', '80.00', '元/人·月'],
      ['NEW_STANDARD', '2023年1月1日至2024年3月31日', '10.00', 'FEN_PER_WEEK'],
      ['NEW_STANDARD', '2024年4月1日至2024年9月30日', '11.00', 'FEN_PER_WEEK'],
      ['NEW_STANDARD', '2024年10月1日起', '12.50', 'FEN_PER_WEEK'],
    ]);
    // A period from 1 January is the year's first figure, not a change within it.
    expect(table.note).toBe('年内调整：NEW_STANDARD10→11FEN_PER_WEEK（2024年4月1日起）；NEW_STANDARD11→12.5FEN_PER_WEEK（2024年10月1日起）。标准为按生效期间执行的政策参数，全市统一。');
  });

  it('shows the canteens open on 1 January, opened in the year and open at its end', () => {
    expect(textRows(tableOf(report, 'canteens', /^幸福食堂开办情况$/))).toEqual([
      ['年初在营幸福食堂（个，1月1日已开办）', '8'],
      ['本年新开幸福食堂（个）', '4'],
      ['年末在营幸福食堂（个）', '12'],
    ]);
  });
});

describe('the standards and canteens in the appendix', () => {
  const KEYS = [
    'dibao.standard.urban.before',
    'dibao.standard.urban',
    'dibao.standard.rural.before',
    'dibao.standard.rural',
    'tekun.standard.before',
    'tekun.standard',
    'highAge.amount.80to99',
    'highAge.amount.100plus',
    'childAllowance.standard.before',
    'childAllowance.standard',
    'facilities.canteensStart',
    'facilities.canteensEnd',
  ];
  const compared = (answers: Partial<Record<keyof typeof ALL_ANSWERS_2024, SourceResult>>) =>
    Object.fromEntries(compareFigures(seed, { ...ALL_ANSWERS_2024, ...answers }).filter((c) => KEYS.includes(c.figure.key)).map((c) => [c.figure.key, [c.platform, c.status]]));

  it('reads each figure of the summary from the standard in force on the day its label names, and finds them equal', () => {
    expect(compared({})).toEqual({
      'dibao.standard.urban.before': [72800, 'equal'],
      'dibao.standard.urban': [73500, 'equal'],
      'dibao.standard.rural.before': [618800, 'equal'],
      'dibao.standard.rural': [643100, 'equal'],
      'tekun.standard.before': [94700, 'equal'],
      'tekun.standard': [95600, 'equal'],
      'highAge.amount.80to99': [5000, 'equal'],
      'highAge.amount.100plus': [100000, 'equal'],
      'childAllowance.standard.before': [134000, 'equal'],
      'childAllowance.standard': [135000, 'equal'],
      'facilities.canteensStart': [8, 'equal'],
      'facilities.canteensEnd': [12, 'equal'],
    });
  });

  it('finds a difference to check when the platform raised a standard on another day, and none covered when a service gives no standards', () => {
    const lateRaise = {
      ...socialAssistance2024,
      standards: [{ standard: 'DIBAO_URBAN', unit: 'FEN_PER_MONTH', periods: [{ effectiveFrom: '2023-07-01', effectiveTo: '2024-09-30', amountFen: 72800 }, { effectiveFrom: '2024-10-01', effectiveTo: null, amountFen: 73500 }] }],
    };
    const { standards: _s, ...oldElderlyCare } = elderlyCare2024;
    const { standards: _c, ...oldChildWelfare } = childWelfare2024;
    const { canteens: _n, ...oldCanteen } = canteen2024;
    const result = compared({ 'social-assistance': ok(lateRaise), 'elderly-care': ok(oldElderlyCare), 'child-welfare': ok(oldChildWelfare), canteen: ok(oldCanteen) });
    expect(result['dibao.standard.urban.before']).toEqual([72800, 'equal']);
    expect(result['dibao.standard.urban']).toEqual([72800, 'unexplained']);
    expect(result['dibao.standard.rural']).toEqual([undefined, 'uncovered']);
    expect(result['highAge.amount.80to99']).toEqual([undefined, 'uncovered']);
    expect(result['childAllowance.standard']).toEqual([undefined, 'uncovered']);
    // A canteen service without opening days: no start of the year, the register's canteens at its end.
    expect(result['facilities.canteensStart']).toEqual([undefined, 'uncovered']);
    expect(result['facilities.canteensEnd']).toEqual([12, 'equal']);
  });
});
