import { collectAnnual, fetchAnnual, parseReportArgs, serviceBaseUrls, type FetchLike } from '../../scripts/report/collect';
import { barChartSvg } from '../../scripts/report/charts';
import { renderHtml } from '../../scripts/report/render-html';
import { renderMarkdown } from '../../scripts/report/render-markdown';
import { count, otherFigures, percent, textRows, wanYuan, yuan, type SourceResult } from '../../scripts/report/report-model';
import { buildAnnualReport, sectionsOf } from '../../scripts/report/sections';
import { ALL_ANSWERS_2024, canteen2024, civilRegistration2024, socialAssistance2024 } from './fixtures/annual-samples';

const ok = (data: unknown): SourceResult => ({ ok: true, data });
const ALL = ALL_ANSWERS_2024;
const AT = '2025-01-15T08:00:00.000Z';

function rowsOf(report: ReturnType<typeof buildAnnualReport>, section: string, caption: string | RegExp): string[][] {
  const found = sectionsOf(report)
    .find((s) => s.key === section)
    ?.tables.find((t) => (typeof caption === 'string' ? t.caption === caption : caption.test(t.caption)));
  if (!found) throw new Error(`no table ${String(caption)} in ${section}`);
  return textRows(found);
}

describe('number formats', () => {
  it.each([
    [1626000000, '16,260,000.00'],
    [15000000, '150,000.00'],
    [5, '0.05'],
    [-60850, '-608.50'],
    [0, '0.00'],
    [undefined, '—'],
  ])('yuan(%p) = %s', (fen, text) => {
    expect(yuan(fen)).toBe(text);
  });

  it.each([
    [11656260000, '11,656.26'],
    [1626000000, '1,626.00'],
    [819890000, '819.89'],
    [4999, '0.00'],
    [5000, '0.01'],
    [undefined, '—'],
  ])('wanYuan(%p) = %s 万元', (fen, text) => {
    expect(wanYuan(fen)).toBe(text);
  });

  it('counts and percents', () => {
    expect(count(15997)).toBe('15,997');
    expect(count(4210.5)).toBe('4,210.5');
    expect(count(undefined)).toBe('—');
    expect(percent(1)).toBe('100.00%');
    expect(percent(0.98765)).toBe('98.77%');
  });
});

describe('buildAnnualReport', () => {
  const report = buildAnnualReport(2024, ALL, AT);

  it('follows the summary\'s order: （一）社会救助 … （七）资金发放, every section available', () => {
    expect(report.chapters.map((c) => c.title)).toEqual(['（一）社会救助', '（二）养老服务', '（三）儿童福利', '（四）婚姻登记', '（五）殡葬管理', '（六）区划地名', '（七）资金发放（一卡通）']);
    expect(report.chapters[0].sections.map((s) => s.title)).toEqual(['城乡最低生活保障和特困人员救助供养', '临时救助', '流浪乞讨人员救助', '“物质+服务”救助试点']);
    expect(report.chapters[1].sections.map((s) => s.key)).toEqual(['allowances', 'home-care', 'institutions', 'facilities', 'canteens']);
    expect(sectionsOf(report).filter((s) => s.unavailable !== undefined)).toEqual([]);
    expect(report.division).toBe('000000');
  });

  it('shows the year\'s 一卡通 disbursement in 万元 and per programme in 元, an unknown programme by its code', () => {
    expect(rowsOf(report, 'disbursement', /^“一卡通”资金发放情况（按银行记账日期）/)).toEqual([
      ['发放成功（笔）', '227,824'],
      ['发放金额（万元）', '11,656.26'],
      ['银行退回失败（笔）', '120'],
      ['失败金额（万元）', '9.00'],
    ]);
    const byProgramme = rowsOf(report, 'disbursement', '“一卡通”资金发放情况（按补贴项目）');
    expect(byProgramme).toContainEqual(['低保金', '108,000', '9,700', '80,243,199.00', '100', '73,500.00']);
    expect(byProgramme).toContainEqual(['幸福食堂助餐补贴结算', '144', '12', '1,270,500.00', '0', '0.00']);
    expect(byProgramme).toContainEqual(['NEW_PROGRAMME', '1', '1', '1.00', '0', '0.00']);
  });

  it('draws money by programme, largest first, and says no service answers by month', () => {
    const chapter = report.chapters.find((c) => c.key === 'disbursement')!;
    const chart = chapter.charts![0];
    expect(chart).toMatchObject({ key: 'money-by-programme', kind: 'wan', unit: '万元' });
    expect(chart.bars.slice(0, 2)).toEqual([
      { label: '低保金', value: 8024319900 },
      { label: '特困人员救助供养金', value: 1500000000 },
    ]);
    expect(chapter.notes).toEqual(['各业务系统的年度统计接口均未按月提供数据，月度业务量图暂不绘制。']);
    expect(report.chapters.find((c) => c.key === 'elderly')!.charts![0].bars).toEqual([
      { label: '80—99周岁', value: 15954 },
      { label: '100周岁及以上', value: 43 },
    ]);
  });

  it('puts 低保 and 特困 in one table, temporary relief and "物质+服务" in their own', () => {
    expect(rowsOf(report, 'dibao-tekun', '城乡低保和特困人员新增、停保及资金发放情况')).toEqual([
      ['城乡低保', '1,010', '1,653', '1,215', '1,923', '80,243,199.00'],
      ['特困人员救助供养', '120', '120', '80', '80', '15,000,000.00'],
    ]);
    expect(rowsOf(report, 'temporary-relief', '临时救助情况')).toEqual([
      ['临时救助（人次）', '120'],
      ['临时救助金额（元）', '150,000.00'],
    ]);
    expect(rowsOf(report, 'cash-plus', /^“物质\+服务”/)).toEqual([
      ['服务分散供养特困人员（人）', '258'],
      ['服务80周岁以上经济困难老年人（人）', '174'],
      ['入户服务（户次）', '8,099'],
      ['服务资金（元）', '400,000.00'],
    ]);
  });

  it('shows children by category and tier with the report day', () => {
    expect(rowsOf(report, 'child-care', '台账儿童（按类别）（截至2024-12-31）')).toEqual([
      ['孤儿', '120'],
      ['事实无人抚养儿童', '310'],
      ['特殊困难儿童', '64'],
      ['困境儿童', '4,477'],
      ['农村留守儿童', '5,882'],
      ['台账儿童合计', '10,789'],
    ]);
    expect(rowsOf(report, 'child-care', /^台账儿童（按风险等级）/)).toEqual([
      ['红色（高风险）', '150'],
      ['橙色（中风险）', '900'],
      ['绿色（低风险）', '9,739'],
    ]);
    expect(rowsOf(report, 'child-care', '关爱服务和收养登记情况')).toContainEqual(['收养登记（件）', '4']);
  });

  it('shows the staff register, study grants, student aid, volunteers and charity', () => {
    expect(rowsOf(report, 'child-forces', /^儿童主任、儿童督导员/).slice(0, 2)).toEqual([
      ['儿童主任（人）', '222'],
      ['儿童督导员（人）', '21'],
    ]);
    expect(rowsOf(report, 'child-support', '助学金发放情况')).toEqual([
      ['福彩圆梦助学（在校孤儿）', '29', '145,000.00'],
      ['事实无人抚养儿童助学', '5', '10,000.00'],
      ['合计', '34', '155,000.00'],
    ]);
    const aid = rowsOf(report, 'child-support', /^学生资助情况/);
    expect(aid).toContainEqual(['春季学期', '37,698', '24,595,200.00']);
    expect(aid).toContainEqual(['中等职业教育', '2,998', '3,985,200.00']);
    const charity = rowsOf(report, 'child-forces', '志愿服务和慈善资金情况');
    expect(charity).toContainEqual(['注册志愿者（人）', '132']);
    expect(charity).toContainEqual(['志愿服务时长（小时）', '4,210.5']);
    expect(charity).toContainEqual(['募集慈善资金（元）', '730,000.00']);
    expect(charity).toContainEqual(['受助儿童（人）', '1,279']);
  });

  it('shows vagrant relief, the elderly, funerals, marriage and place names', () => {
    expect(rowsOf(report, 'vagrant-relief', '流浪乞讨人员救助和回归稳固情况').slice(0, 5)).toEqual([
      ['救助流浪乞讨人员（人次）', '52'],
      ['24小时救助热线来电（次）', '310'],
      ['街面巡查（次）', '96'],
      ['返乡人员回归稳固评估（人）', '40'],
      ['其中：稳定', '31'],
    ]);
    expect(rowsOf(report, 'allowances', '高龄津贴享受人数（按年龄档次）')).toEqual([
      ['80—99周岁', '15,954'],
      ['100周岁及以上', '43'],
    ]);
    expect(rowsOf(report, 'allowances', '高龄津贴和养老服务补贴发放情况')[0]).toEqual(['高龄津贴', '15,997', '15,997', '154,174', '8,198,900.00']);
    expect(rowsOf(report, 'institutions', /^养老机构和床位情况/)).toContainEqual(['床位入住率', '75%']);
    expect(rowsOf(report, 'funerals', '死亡、火化和惠民殡葬情况')).toEqual([
      ['死亡（人）', '3,715'],
      ['少数民族依规土葬（人）', '47'],
      ['火化（人）', '3,668'],
      ['火化率', '100.00%'],
      ['惠民殡葬（人）', '3,715'],
      ['惠民殡葬资金（元）', '3,900,000.00'],
    ]);
    expect(rowsOf(report, 'marriages', '结婚登记情况')[0]).toEqual(['结婚登记（对）', '3,104']);
    expect(rowsOf(report, 'place-names', '地名命名和乡村地名采集情况')).toEqual([
      ['地名命名（条）', '19'],
      ['乡村地名采集（条）', '2,868'],
    ]);
    expect(rowsOf(report, 'canteens', '老年助餐就餐和补贴情况')).toContainEqual(['助餐补贴（元）', '1,270,500.00']);
    expect(rowsOf(report, 'canteens', '助餐补贴情况（按补贴档次）').map((r) => r[0])).toEqual(['60—79周岁', '80—89周岁', '90周岁及以上', '低保、特困老年人', '不享受补贴']);
  });

  it('lists no 其他统计数据 when every figure has its place', () => {
    const captions = sectionsOf(report).flatMap((s) => s.tables.map((t) => t.caption));
    expect(captions.filter((c) => c === '其他统计数据')).toEqual([]);
    expect(otherFigures(civilRegistration2024, ['deaths'])).toContainEqual(['marriages', 3104]);
    expect(otherFigures(civilRegistration2024, ['deaths'])).not.toContainEqual(['deaths', 3715]);
  });

  it('tolerates missing and extra fields: dashes for the missing, extras listed after the service\'s last section', () => {
    const partial = { year: 2024, DIBAO: { newHouseholds: 7 }, vagrantRelief: { cases: 3, minorsReferred: 1 }, familiesFound: 2, nested: { a: { b: 5 } }, list: [1, 2] };
    const r = buildAnnualReport(2024, { ...ALL, 'social-assistance': ok(partial) }, AT);
    expect(rowsOf(r, 'dibao-tekun', /^城乡低保和特困人员新增/)).toEqual([
      ['城乡低保', '7', '—', '—', '—', '—'],
      ['特困人员救助供养', '—', '—', '—', '—', '—'],
    ]);
    // No standards answered: the table is there, empty (本项无统计数据).
    expect(rowsOf(r, 'dibao-tekun', /^城乡低保和特困人员基本生活标准/)).toEqual([]);
    expect(rowsOf(r, 'cash-plus', '其他统计数据')).toEqual([
      ['familiesFound', '2'],
      ['nested.a.b', '5'],
    ]);
  });

  it('says 数据暂缺 with the reason for a service that failed, and keeps the others', () => {
    const r = buildAnnualReport(2024, { ...ALL, 'elderly-care': { ok: false, reason: '该系统没有年度统计接口（HTTP 404 Not Found）' } }, AT);
    const missing = sectionsOf(r).filter((s) => s.unavailable !== undefined);
    expect(missing.map((s) => s.key)).toEqual(['allowances', 'home-care', 'institutions', 'facilities']);
    expect(missing[0].tables).toEqual([]);
    expect(r.chapters.find((c) => c.key === 'elderly')!.charts).toEqual([]);
    expect(renderMarkdown(r)).toContain('#### 1. 高龄津贴和养老服务补贴\n\n_数据来源：养老服务系统_\n\n> **数据暂缺**：该系统没有年度统计接口（HTTP 404 Not Found）');
    expect(renderHtml(r)).toContain('<p class="unavailable"><strong>数据暂缺</strong>。原因：该系统没有年度统计接口（HTTP 404 Not Found）</p>');
  });

  it('treats an answer that is not an object as unavailable', () => {
    const r = buildAnnualReport(2024, { ...ALL, canteen: ok([1, 2]) }, AT);
    expect(sectionsOf(r).find((s) => s.key === 'canteens')?.unavailable).toBe('年度统计接口返回的不是 JSON 对象');
  });
});

describe('renderMarkdown', () => {
  const md = renderMarkdown(buildAnnualReport(2024, ALL, AT, '110105'));

  it('renders the title, the scope, the summary\'s headings and numbered tables with right-aligned figures', () => {
    expect(md.startsWith('# 2024年度民政工作总结（数据报告）\n\n统计范围：行政区划代码 110105 及所辖区域\n')).toBe(true);
    expect(md).toContain('## 一、主要工作开展情况\n\n### （一）社会救助\n\n#### 1. 城乡最低生活保障和特困人员救助供养');
    expect(md).toContain('**表1-1 城乡低保和特困人员基本生活标准（本年度执行）**\n\n| 项目 | 执行期间 | 标准（元） | 单位 |\n| --- | --- | ---: | --- |\n| 城市低保标准 | 2023年7月1日至2024年6月30日 | 728.00 | 元/人·月 |');
    expect(md).toContain('**表1-2 城乡低保和特困人员新增、停保及资金发放情况**\n\n| 项目 | 新增（户） | 新增（人） | 停保（户） | 停保（人） | 发放资金（元） |\n| --- | ---: | ---: | ---: | ---: | ---: |\n| 城乡低保 | 1,010 |');
    expect(md).toContain('**表7-2 “一卡通”资金发放情况（按补贴项目）**');
    for (const title of ['### （二）养老服务', '### （三）儿童福利', '### （四）婚姻登记', '### （五）殡葬管理', '### （六）区划地名', '### （七）资金发放（一卡通）']) expect(md).toContain(title);
    expect(md).not.toMatch(/\n{3,}/);
    expect(md.endsWith('\n')).toBe(true);
  });

  it('escapes pipes in cells', () => {
    const r = buildAnnualReport(2024, { ...ALL, canteen: ok({ ...canteen2024, byCanteen: [{ canteenName: 'A | B', meals: 1 }] }) }, AT);
    expect(renderMarkdown(r)).toContain('| A \\| B | 1 | — | — |');
  });
});

describe('renderHtml', () => {
  it('is one self-contained document: escaped content, inline style and SVG charts, nothing fetched', () => {
    const r = buildAnnualReport(2024, { ...ALL, canteen: ok({ ...canteen2024, byCanteen: [{ canteenName: '<script>alert(1)</script>', meals: 1 }] }) }, AT);
    const html = renderHtml(r);
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).not.toContain('<script>');
    expect(html).not.toMatch(/<link|<img|src=|url\(/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('<section id="funerals">');
    expect(html).toContain('<th scope="row">死亡（人）</th><td class="num">3,715</td>');
    expect(html).toContain('<h3>（一）社会救助</h3>');
    expect(html.match(/<svg /g)).toHaveLength(2);
    expect(html).toContain('<figcaption>图2-1 高龄津贴享受人数（按年龄档次）（单位：人）</figcaption>');
    expect(html).toContain('<figcaption>图7-1 “一卡通”资金发放金额（按补贴项目）（单位：万元）</figcaption>');
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });
});

describe('barChartSvg', () => {
  it('scales the bars to the largest value, prints each value in the chart\'s kind and escapes the labels', () => {
    const svg = barChartSvg({ key: 'k', title: '图', kind: 'wan', unit: '万元', bars: [{ label: 'A<B', value: 20_000_000 }, { label: 'C', value: 5_000_000 }, { label: 'D', value: 0 }] });
    expect([...svg.matchAll(/<rect [^>]*width="(\d+)"/g)].map((m) => Number(m[1]))).toEqual([400, 100, 0]);
    expect(svg).toContain('>A&lt;B</text>');
    expect(svg).toContain('>20.00</text>');
    expect(svg).toContain('aria-label="图（单位：万元）"');
  });
});

describe('parseReportArgs', () => {
  it.each<[string[], object]>([
    [['--year', '2024'], { year: 2024, outDir: 'reports/annual', division: '000000', fromFixture: false }],
    [['--year=2024', '--out', 'out/dir', '--division', '110105'], { year: 2024, outDir: 'out/dir', division: '110105', fromFixture: false }],
    [['--year', '2024', '--from-fixture'], { year: 2024, outDir: 'reports/annual', division: '000000', fromFixture: true }],
  ])('%j', (argv, options) => {
    expect(parseReportArgs(argv)).toEqual({ ok: true, options });
  });

  it.each<[string[], string]>([
    [[], '--year is required'],
    [['--year', '24'], 'between 2000 and 2100'],
    [['--year', '1999'], 'between 2000 and 2100'],
    [['--year', '2024', '--year', '2023'], 'once'],
    [['--year', '2024', '--division', '11'], '6, 9 or 12 digits'],
    [['--year', '2024', '--out'], '--out needs a value'],
    [['--years', '2024'], 'unknown argument'],
    [['--year', '2024', '--from-fixture=yes'], 'from-fixture'],
  ])('refuses %j', (argv, error) => {
    const parsed = parseReportArgs(argv);
    expect(parsed.ok ? '' : parsed.error).toContain(error);
  });
});

describe('serviceBaseUrls', () => {
  it('uses <SERVICE>_URL, else PORT_<SERVICE>, else the default port', () => {
    expect(serviceBaseUrls({ SOCIAL_ASSISTANCE_URL: 'http://sa.internal:8080/', PORT_CANTEEN: '4005' })).toEqual({
      'civil-registration': 'http://127.0.0.1:3001',
      'social-assistance': 'http://sa.internal:8080',
      'elderly-care': 'http://127.0.0.1:3003',
      'child-welfare': 'http://127.0.0.1:3004',
      canteen: 'http://127.0.0.1:4005',
      payments: 'http://127.0.0.1:3006',
    });
  });
});

describe('fetchAnnual', () => {
  const answer = (status: number, body: string, statusText = ''): FetchLike => async () => ({ ok: status >= 200 && status < 300, status, statusText, text: async () => body });

  it('returns the parsed figures and sends the token and year', async () => {
    const seen: Array<{ url: string; auth: string }> = [];
    const fetchFn: FetchLike = async (url, init) => {
      seen.push({ url, auth: init.headers.Authorization });
      return { ok: true, status: 200, statusText: 'OK', text: async () => JSON.stringify(socialAssistance2024) };
    };
    await expect(fetchAnnual(fetchFn, 'http://x:1', 2024, 'T')).resolves.toEqual({ ok: true, data: socialAssistance2024 });
    expect(seen).toEqual([{ url: 'http://x:1/api/v1/reports/annual?year=2024', auth: 'Bearer T' }]);
  });

  it.each<[string, FetchLike, RegExp]>([
    ['a missing endpoint', answer(404, '{"code":"NOT_FOUND"}', 'Not Found'), /^该系统没有年度统计接口（HTTP 404 Not Found, NOT_FOUND）$/],
    ['a refused token', answer(403, '{"code":"AUTH.FORBIDDEN","detail":"role auditor may not"}'), /^年度统计接口出错（HTTP 403, AUTH.FORBIDDEN: role auditor may not）$/],
    ['a server error without problem+json', answer(500, 'oops', 'Internal Server Error'), /^年度统计接口出错（HTTP 500 Internal Server Error）$/],
    ['a body that is not JSON', answer(200, '<html>'), /内容不是 JSON/],
    [
      'an unreachable service',
      async () => {
        throw Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } });
      },
      /^无法连接 http:\/\/x:1（ECONNREFUSED）$/,
    ],
  ])('explains %s', async (_label, fetchFn, reason) => {
    const result = await fetchAnnual(fetchFn, 'http://x:1', 2024, 'T');
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.reason).toMatch(reason);
  });

  it('collects every service, failures included', async () => {
    const fetchFn: FetchLike = async (url) =>
      url.includes(':3003') ? { ok: false, status: 404, statusText: 'Not Found', text: async () => '' } : { ok: true, status: 200, statusText: 'OK', text: async () => '{"year":2024}' };
    const results = await collectAnnual(fetchFn, serviceBaseUrls({}), 2024, 'T');
    expect(Object.keys(results).sort()).toEqual(['canteen', 'child-welfare', 'civil-registration', 'elderly-care', 'payments', 'social-assistance']);
    expect(results['elderly-care'].ok).toBe(false);
    expect(results.canteen).toEqual({ ok: true, data: { year: 2024 } });
  });
});
