// 附录：与年度总结数据对照 — the city's figures of DOMAIN.md (seeds/city-2024-figures.json) beside
// the platform's: every entry cites its DOMAIN section and shows in the appendix, every difference is
// zero, explained or marked for checking, and the coverage in the appendix's lead is counted right.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { appendixSection, compareFigures, coverageOf, parseSeedFile, type SeedFile } from '../../scripts/report/appendix';
import { PLATFORM_FIGURES } from '../../scripts/report/platform-figures';
import { renderHtml } from '../../scripts/report/render-html';
import { textRows } from '../../scripts/report/report-model';
import { buildAnnualReport } from '../../scripts/report/sections';
import { ALL_ANSWERS_2024 } from './fixtures/annual-samples';

const ROOT = join(__dirname, '..', '..');
const seed = parseSeedFile(JSON.parse(readFileSync(join(ROOT, 'seeds/city-2024-figures.json'), 'utf8')));
const domain = readFileSync(join(ROOT, 'docs/domain.md'), 'utf8');

const ALL = ALL_ANSWERS_2024;

/** The text of DOMAIN's section n (from "## n." to the next "## "). */
function domainSection(n: string): string {
  const start = domain.indexOf(`\n## ${n}. `);
  if (start < 0) return '';
  const end = domain.indexOf('\n## ', start + 1);
  // As read, not as marked up: bold and line breaks do not split a figure from its words.
  return domain.slice(start, end < 0 ? undefined : end).replace(/\*\*/g, '').replace(/\s+/g, ' ');
}

describe('the city figures file', () => {
  it('lists every figure once, each citing a section of DOMAIN that holds its words', () => {
    expect(seed.year).toBe(2024);
    expect(seed.figures.length).toBeGreaterThanOrEqual(70);
    for (const figure of seed.figures) {
      const text = domainSection(figure.section.slice(1));
      expect([figure.key, text.length > 0]).toEqual([figure.key, true]);
      // A figure DOMAIN does not restate names where it comes from instead.
      if (figure.quote !== undefined) expect([figure.key, text.includes(figure.quote)]).toEqual([figure.key, true]);
      else expect([figure.key, figure.source]).toEqual([figure.key, expect.stringMatching(/DOMAIN\.md/)]);
    }
  });

  it('maps only keys the file has to a platform figure', () => {
    const keys = new Set(seed.figures.map((f) => f.key));
    expect(Object.keys(PLATFORM_FIGURES).filter((k) => !keys.has(k))).toEqual([]);
  });

  it.each([
    [{ figures: [] }, /year and a figures array/],
    [{ year: 2024, figures: [{ key: 'a', label: 'A', section: '4', value: 1, kind: 'count', unit: '人' }] }, /figure 0 .* section \(§n\)/],
    [{ year: 2024, figures: [{ key: 'a', label: 'A', section: '§4', value: 1, kind: 'yuan', unit: '元' }] }, /kind \(count, fen or ratio\)/],
    [{ year: 2024, figures: [1, 2].map(() => ({ key: 'a', label: 'A', section: '§4', value: 1, kind: 'count', unit: '人' })) }, /key a appears twice/],
  ])('refuses a malformed file: %j', (raw, message) => {
    expect(() => parseSeedFile(raw)).toThrow(message);
  });
});

describe('the appendix of the report', () => {
  const report = buildAnnualReport(2024, ALL, '2025-01-15T08:00:00.000Z', '000000', seed);
  const appendix = report.appendix!;
  const figureRows = appendix.tables.slice(1).flatMap((t) => textRows(t));

  it('lists every figure of the file under its DOMAIN section, in the HTML too', () => {
    expect(appendix.tables.slice(1).map((t) => t.caption)).toEqual(['§1 最低生活保障', '§2 特困人员救助供养', '§3 临时救助、流浪乞讨人员救助和“物质+服务”', '§4 养老服务', '§5 儿童福利', '§6 婚姻登记、殡葬和地名', '§7 老年助餐', '§8 资金发放（一卡通）']);
    expect(figureRows.map((r) => r[0])).toEqual(seed.figures.map((f) => f.label));
    const html = renderHtml(report);
    expect(html).toContain('<h2>附录：与年度总结数据对照</h2>');
    for (const figure of seed.figures) expect(html).toContain(`<th scope="row">${figure.label.replace(/"/g, '&quot;')}</th>`);
  });

  it('says for every figure why its difference is not zero, or that it is to be checked, or 未覆盖', () => {
    for (const [label, , , platform, difference, why] of figureRows) {
      if (platform === '—') expect([label, why]).toEqual([label, expect.stringMatching(/^未覆盖/)]);
      else if (/^-?0(\.00)?%?$/.test(difference)) expect([label, why]).toEqual([label, expect.stringMatching(/^(一致|年度总结为约数)/)]);
      else expect([label, why.length > 4]).toEqual([label, true]);
    }
  });

  it('explains the summary\'s own inconsistencies with their text', () => {
    const row = (label: string) => figureRows.find((r) => r[0] === label)!;
    expect(row('惠民殡葬资金')).toEqual(['惠民殡葬资金', '元', '16,260,000.00', '3,900,000.00', '-12,360,000.00', expect.stringContaining('应付总额')]);
    expect(row('高龄津贴人均发放（按人次）').slice(2, 5)).toEqual(['45.22', '53.18', '7.96']);
    expect(row('高龄津贴人均发放（按人次）')[5]).toContain('低于每人每月50元的标准');
    expect(row('80周岁以上老年人（享受高龄津贴）').slice(2)).toEqual(['15,997', '15,997', '0', '一致']);
    expect(row('幸福食堂（年初）')).toEqual(['幸福食堂（年初）', '个', '8', '8', '0', '一致']);
    expect(row('城市低保标准（2024年7月1日起）').slice(2, 6)).toEqual(['735.00', '735.00', '0.00', '一致']);
    expect(row('志愿者').slice(2)).toEqual(['130', '132', '2', '年度总结写作“130余”，平台数不少于此数。']);
  });

  it('counts the coverage in its lead and summary table from what the platform produced', () => {
    const coverage = coverageOf(compareFigures(seed, ALL));
    const mapped = seed.figures.filter((f) => f.key in PLATFORM_FIGURES).length;
    expect(coverage.covered).toBe(mapped);
    expect(appendix.lead).toContain(`共${seed.figures.length}项，平台已产出${mapped}项，覆盖率${((mapped / seed.figures.length) * 100).toFixed(1)}%`);
    expect(textRows(appendix.tables[0]).at(-1)!.slice(0, 3)).toEqual(['合计', String(seed.figures.length), String(mapped)]);
  });
});

describe('coverage', () => {
  const small: SeedFile = {
    year: 2024,
    figures: [
      { key: 'marriages', section: '§6', label: '结婚登记', value: 3104, kind: 'count', unit: '对' },
      { key: 'funeralBenefit.amount', section: '§6', label: '惠民殡葬资金', value: 1626000000, kind: 'fen', unit: '元', explanation: '口径不同' },
      { key: 'deaths', section: '§6', label: '死亡人数', value: 4000, kind: 'count', unit: '人' },
      { key: 'volunteers.registered', section: '§5', label: '志愿者', value: 130, kind: 'count', unit: '人', approx: 'at-least' },
      // A figure no service answers.
      { key: 'dibao.standard.suburban', section: '§1', label: '城郊低保标准', value: 70000, kind: 'fen', unit: '元/人·月' },
    ],
  };

  it('is the figures with a platform value over all, each counted by how it compares', () => {
    const compared = compareFigures(small, ALL);
    expect(compared.map((c) => [c.figure.key, c.status, c.difference])).toEqual([
      ['marriages', 'equal', 0],
      ['funeralBenefit.amount', 'explained', 390000000 - 1626000000],
      ['deaths', 'unexplained', -285],
      ['volunteers.registered', 'explained', 2],
      ['dibao.standard.suburban', 'uncovered', undefined],
    ]);
    expect(coverageOf(compared)).toEqual({ total: 5, covered: 4, equal: 1, explained: 2, unexplained: 1, uncovered: 1 });
    const section = appendixSection(small, ALL, 2024, '110000');
    expect(section.lead).toMatch(/^年度工作总结数据.*共5项，平台已产出4项，覆盖率80\.0%；其中与总结一致1项，差异已说明2项，差异待核查1项，未覆盖1项。/);
    expect(textRows(section.tables[0])).toEqual([
      ['§6 婚姻登记、殡葬和地名', '3', '3', '1', '1', '1', '0'],
      ['§5 儿童福利', '1', '1', '0', '1', '0', '0'],
      ['§1 最低生活保障', '1', '0', '0', '0', '0', '1'],
      ['合计', '5', '4', '1', '2', '1', '1'],
    ]);
  });

  it('counts a service that did not answer as not covered, and says a county\'s report is not the city\'s', () => {
    const section = appendixSection(small, { ...ALL, 'civil-registration': { ok: false, reason: 'down' } }, 2024, '110105');
    expect(section.lead).toContain('共5项，平台已产出1项，覆盖率20.0%');
    expect(section.lead).toContain('本报告范围为行政区划 110105');
  });
});
