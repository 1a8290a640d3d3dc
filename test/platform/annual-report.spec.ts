import { collectAnnual, fetchAnnual, parseReportArgs, serviceBaseUrls, type FetchLike } from '../../scripts/report/collect';
import { renderHtml, renderMarkdown } from '../../scripts/report/render';
import { count, otherFigures, percent, yuan, type SourceResult } from '../../scripts/report/report-model';
import { buildAnnualReport, type ReportService } from '../../scripts/report/sections';
import { canteen2024, childWelfare2024, civilRegistration2024, elderlyCare2024, payments2024, socialAssistance2024 } from './fixtures/annual-samples';

const ok = (data: unknown): SourceResult => ({ ok: true, data });
const ALL: Record<ReportService, SourceResult> = {
  'social-assistance': ok(socialAssistance2024),
  'child-welfare': ok(childWelfare2024),
  'elderly-care': ok(elderlyCare2024),
  canteen: ok(canteen2024),
  'civil-registration': ok(civilRegistration2024),
  payments: ok(payments2024),
};
const AT = '2025-01-15T08:00:00.000Z';

function tableOf(report: ReturnType<typeof buildAnnualReport>, section: string, caption: string | RegExp) {
  const found = report.sections.find((s) => s.key === section)?.tables.find((t) => (typeof caption === 'string' ? t.caption === caption : caption.test(t.caption)));
  if (!found) throw new Error(`no table ${String(caption)} in ${section}`);
  return found;
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

  it('counts and percents', () => {
    expect(count(15997)).toBe('15,997');
    expect(count(undefined)).toBe('—');
    expect(percent(1)).toBe('100.00%');
    expect(percent(0.98765)).toBe('98.77%');
  });
});

describe('buildAnnualReport', () => {
  const report = buildAnnualReport(2024, ALL, AT);

  it('has the bureau\'s sections in order, all available', () => {
    expect(report.sections.map((s) => s.key)).toEqual(['assistance', 'children', 'vagrant-relief', 'elderly', 'canteens', 'funerals', 'marriage', 'place-names', 'disbursement']);
    expect(report.sections.filter((s) => s.unavailable !== undefined)).toEqual([]);
  });

  it('shows the year\'s 一卡通 disbursement per programme, an unknown programme by its code', () => {
    expect(tableOf(report, 'disbursement', /^Paid into payees/).rows).toEqual([
      ['lines paid', '230,000'],
      ['paid (yuan)', '116,562,600.00'],
      ['lines returned failed', '120'],
      ['failed (yuan)', '90,000.00'],
    ]);
    expect(tableOf(report, 'disbursement', 'By programme').rows).toEqual([
      ['低保 minimum living guarantee', '200,000', '18,100', '100,000,000.00', '100', '73,500.00'],
      ['幸福食堂 canteen settlements', '144', '12', '1,270,500.00', '0', '0.00'],
      ['NEW_PROGRAMME', '1', '1', '1.00', '0', '0.00'],
    ]);
  });

  it('puts the assistance figures in the 低保/特困 table', () => {
    const table = tableOf(report, 'assistance', /^低保 and 特困/);
    expect(table.rows).toEqual([
      ['低保 minimum living guarantee', '1,010', '1,653', '1,215', '1,923', '116,560,000.00'],
      ['特困 extremely poor persons', '120', '120', '80', '80', '15,000,000.00'],
    ]);
  });

  it('puts the "物质+服务" figures in their own assistance table', () => {
    const table = tableOf(report, 'assistance', /^"物质\+服务"/);
    expect(table.rows).toEqual([
      ['特困 people served', '258'],
      ['people aged 80+ served', '174'],
      ['household-visits', '8,099'],
      ['amount (yuan)', '400,000.00'],
    ]);
  });

  it('shows children by category and tier with the report day', () => {
    const table = tableOf(report, 'children', 'Children in the ledger by category on 2024-12-31');
    expect(table.rows).toEqual([
      ['孤儿 orphans', '120'],
      ['事实无人抚养 de facto unsupported', '310'],
      ['特殊困难儿童 special difficulty', '64'],
      ['困境儿童 in difficulty', '4,477'],
      ['留守儿童 rural left-behind', '5,882'],
      ['all children in the ledger', '10,789'],
    ]);
    expect(tableOf(report, 'children', /^Care work/).rows).toContainEqual(['adoptions registered', '4']);
  });

  it('shows the staff register, study grants, student aid, volunteers and charity', () => {
    expect(tableOf(report, 'children', /^Child directors and supervisors/).rows.slice(0, 2)).toEqual([
      ['child directors (儿童主任)', '222'],
      ['supervisors (儿童督导员)', '21'],
    ]);
    expect(tableOf(report, 'children', "Study grants for the year's terms").rows).toEqual([
      ['福彩圆梦 orphans in school', '29', '145,000.00'],
      ['事实无人抚养 de facto unsupported', '5', '10,000.00'],
      ['total', '34', '155,000.00'],
    ]);
    const aid = tableOf(report, 'children', /^Student aid/).rows;
    expect(aid).toContainEqual(['spring term', '37,698', '24,595,200.00']);
    expect(aid).toContainEqual(['中职 vocational', '2,998', '3,985,200.00']);
    const charity = tableOf(report, 'children', 'Volunteers and charity funds').rows;
    expect(charity).toContainEqual(['volunteers registered', '132']);
    expect(charity).toContainEqual(['volunteer service hours', '4,210.5']);
    expect(charity).toContainEqual(['children served by volunteers', '1,126']);
    expect(charity).toContainEqual(['charity raised (yuan)', '730,000.00']);
    expect(charity).toContainEqual(['children aided by charity', '1,279']);
  });

  it('shows vagrant relief, the elderly, funerals, marriage and place names', () => {
    expect(tableOf(report, 'vagrant-relief', 'People helped').rows).toEqual([
      ['persons admitted in the year', '52'],
      ['24-hour hotline calls', '310'],
      ['street patrols', '96'],
      ['returnees assessed after going home (回归稳固)', '40'],
      ['… settled (稳定)', '31'],
      ['… at risk of leaving again (有返流风险)', '6'],
      ['… left again (再次外出流浪)', '2'],
      ['… unreachable (无法联系)', '1'],
      ['follow-up visits after the first assessment', '9'],
    ]);
    expect(tableOf(report, 'elderly', /recipients by tier/).rows).toEqual([
      ['AGE_80_99', '15,954'],
      ['AGE_100_PLUS', '43'],
    ]);
    expect(tableOf(report, 'elderly', 'Allowances paid in the year').rows[0]).toEqual(['high-age allowance', '15,997', '15,997', '185,000', '92,000,000.00']);
    expect(tableOf(report, 'elderly', /Institutions and beds/).rows).toContainEqual(['occupancy', '75%']);
    expect(tableOf(report, 'funerals', /^Deaths/).rows).toEqual([
      ['deaths', '3,715'],
      ['burials exempt from cremation', '47'],
      ['cremations', '3,668'],
      ['cremation rate', '100.00%'],
      ['funeral benefits granted', '3,715'],
      ['funeral benefits (yuan)', '16,260,000.00'],
    ]);
    expect(tableOf(report, 'marriage', 'Marriages').rows[0]).toEqual(['marriages registered', '3,104']);
    expect(tableOf(report, 'place-names', 'Place names').rows).toEqual([
      ['names given (命名)', '19'],
      ['rural names collected', '2,868'],
    ]);
    expect(tableOf(report, 'canteens', 'Meals and subsidy').rows).toContainEqual(['subsidy (yuan)', '1,270,500.00']);
  });

  it('lists no "other figures" when every figure has its place', () => {
    const captions = report.sections.flatMap((s) => s.tables.map((t) => t.caption));
    expect(captions.filter((c) => c === 'Other figures reported')).toEqual([]);
    expect(otherFigures(civilRegistration2024, ['deaths'])).toContainEqual(['marriages', 3104]);
    expect(otherFigures(civilRegistration2024, ['deaths'])).not.toContainEqual(['deaths', 3715]);
  });

  it('tolerates missing and extra fields: dashes for the missing, extras listed', () => {
    const partial = { year: 2024, DIBAO: { newHouseholds: 7 }, vagrantRelief: { cases: 3, minorsReferred: 1 }, familiesFound: 2, nested: { a: { b: 5 } }, list: [1, 2] };
    const r = buildAnnualReport(2024, { ...ALL, 'social-assistance': ok(partial) }, AT);
    expect(tableOf(r, 'assistance', /^低保 and 特困/).rows[0]).toEqual(['低保 minimum living guarantee', '7', '—', '—', '—', '—']);
    expect(tableOf(r, 'assistance', /^低保 and 特困/).rows[1]).toEqual(['特困 extremely poor persons', '—', '—', '—', '—', '—']);
    expect(tableOf(r, 'vagrant-relief', 'Other figures reported').rows).toEqual([
      ['familiesFound', '2'],
      ['nested.a.b', '5'],
    ]);
  });

  it('says "not available" with the reason for a service that failed, and keeps the others', () => {
    const r = buildAnnualReport(2024, { ...ALL, 'elderly-care': { ok: false, reason: 'the service has no annual report endpoint (HTTP 404 Not Found)' } }, AT);
    const elderly = r.sections.find((s) => s.key === 'elderly')!;
    expect(elderly.unavailable).toBe('the service has no annual report endpoint (HTTP 404 Not Found)');
    expect(elderly.tables).toEqual([]);
    expect(r.sections.filter((s) => s.unavailable !== undefined).map((s) => s.key)).toEqual(['elderly']);
    const md = renderMarkdown(r);
    expect(md).toContain('## Elderly care (养老服务)\n\n_Source: elderly-care_\n\n> **Not available**: the service has no annual report endpoint (HTTP 404 Not Found)');
    expect(md).toContain('1 of 9 sections are not available');
    expect(renderHtml(r)).toContain('<p class="unavailable"><strong>Not available</strong>: the service has no annual report endpoint (HTTP 404 Not Found)</p>');
  });

  it('treats an answer that is not an object as unavailable', () => {
    const r = buildAnnualReport(2024, { ...ALL, canteen: ok([1, 2]) }, AT);
    expect(r.sections.find((s) => s.key === 'canteens')?.unavailable).toMatch(/not a JSON object/);
  });
});

describe('renderMarkdown', () => {
  const md = renderMarkdown(buildAnnualReport(2024, ALL, AT));

  it('renders a title, each section and pipe tables with right-aligned figures', () => {
    expect(md.startsWith('# Civil Affairs Bureau — annual summary 2024 (民政工作年度统计)\n')).toBe(true);
    expect(md).toContain('| programme | new households | new persons | stopped households | stopped persons | paid (yuan) |\n| --- | ---: | ---: | ---: | ---: | ---: |\n| 低保 minimum living guarantee | 1,010 |');
    for (const title of ['## Social assistance', '## Child welfare', '## Vagrant relief', '## Elderly care', '## Elderly canteens', '## Deaths and funerals', '## Marriage registration', '## Place names']) {
      expect(md).toContain(title);
    }
    expect(md).not.toMatch(/\n{3,}/);
    expect(md.endsWith('\n')).toBe(true);
  });

  it('escapes pipes in cells', () => {
    const r = buildAnnualReport(2024, { ...ALL, canteen: ok({ ...canteen2024, byCanteen: [{ canteenName: 'A | B', meals: 1 }] }) }, AT);
    expect(renderMarkdown(r)).toContain('| A \\| B | 1 | — | — |');
  });
});

describe('renderHtml', () => {
  it('is a complete document with escaped content', () => {
    const r = buildAnnualReport(2024, { ...ALL, canteen: ok({ ...canteen2024, byCanteen: [{ canteenName: '<script>alert(1)</script>', meals: 1 }] }) }, AT);
    const html = renderHtml(r);
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('<section id="funerals">');
    expect(html).toContain('<th scope="row">deaths</th><td>3,715</td>');
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });
});

describe('parseReportArgs', () => {
  it.each<[string[], object]>([
    [['--year', '2024'], { year: 2024, outDir: 'reports/annual', division: '000000' }],
    [['--year=2024', '--out', 'out/dir', '--division', '110105'], { year: 2024, outDir: 'out/dir', division: '110105' }],
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
    ['a missing endpoint', answer(404, '{"code":"NOT_FOUND"}', 'Not Found'), /^the service has no annual report endpoint \(HTTP 404 Not Found, NOT_FOUND\)$/],
    ['a refused token', answer(403, '{"code":"AUTH.FORBIDDEN","detail":"role auditor may not"}'), /HTTP 403, AUTH.FORBIDDEN: role auditor may not/],
    ['a server error without problem+json', answer(500, 'oops', 'Internal Server Error'), /^the annual report failed \(HTTP 500 Internal Server Error\)$/],
    ['a body that is not JSON', answer(200, '<html>'), /not JSON/],
    [
      'an unreachable service',
      async () => {
        throw Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } });
      },
      /^not reachable at http:\/\/x:1 \(ECONNREFUSED\)$/,
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
