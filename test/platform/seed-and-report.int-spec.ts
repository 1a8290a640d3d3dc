// The seed loader and the annual report against the six real services (in-process, own
// databases and vhost): a small generated population goes in through the services' APIs with
// nothing refused, and the report built from their annual endpoints has every section, with the
// children per category as generated and the reference records (offices and points, cemeteries,
// institutions, facilities, canteens) where the city's figures put them.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DEV_ONLY_JWT_SECRET } from '@app/common/auth/auth-config';
import { signToken } from '@app/common/auth/jwt';
import { ageOn } from '@app/common/resident-id/resident-id';
import type { RunningService, ServiceDefinition } from '@app/service-kit';
import { AppModule as CivilRegistration } from '../../apps/civil-registration/src/app.module';
import { SERVICE as civilRegistration } from '../../apps/civil-registration/src/service.definition';
import { AppModule as SocialAssistance } from '../../apps/social-assistance/src/app.module';
import { SERVICE as socialAssistance } from '../../apps/social-assistance/src/service.definition';
import { AppModule as ElderlyCare } from '../../apps/elderly-care/src/app.module';
import { SERVICE as elderlyCare } from '../../apps/elderly-care/src/service.definition';
import { AppModule as ChildWelfare } from '../../apps/child-welfare/src/app.module';
import { SERVICE as childWelfare } from '../../apps/child-welfare/src/service.definition';
import { AppModule as Canteen } from '../../apps/canteen/src/app.module';
import { SERVICE as canteen } from '../../apps/canteen/src/service.definition';
import { AppModule as Payments } from '../../apps/payments/src/app.module';
import { SERVICE as payments } from '../../apps/payments/src/service.definition';
import { loadReferenceData } from '../../scripts/load-reference-data';
import { loadReferenceRecords } from '../../scripts/load-reference-records';
import { countPopulation, generatePopulation } from '../../scripts/population/generate';
import { loadPopulation } from '../../scripts/population/load';
import { CITY_PROFILE } from '../../scripts/population/profile';
import { Workbook } from 'exceljs';
import { collectAnnual } from '../../scripts/report/collect';
import { renderMarkdown } from '../../scripts/report/render-markdown';
import { textRows } from '../../scripts/report/report-model';
import { buildAnnualReport, sectionsOf, type ReportService } from '../../scripts/report/sections';
import { bootService } from '../support/service-under-test';
import { isolateBroker, testDatabaseName, testRedisPrefix } from '../support/test-env';

const ROOT = resolve(__dirname, '../..');
const SERVICES: Array<[ServiceDefinition, unknown]> = [
  [civilRegistration, CivilRegistration],
  [socialAssistance, SocialAssistance],
  [elderlyCare, ElderlyCare],
  [childWelfare, ChildWelfare],
  [canteen, Canteen],
  [payments, Payments],
];

describe('npm run seed and npm run report against the services', () => {
  const running: RunningService[] = [];
  const urls = {} as Record<ReportService, string>;
  const admin = (sub: string): string => signToken({ sub, roles: ['admin'], division: '000000' }, { secret: DEV_ONLY_JWT_SECRET });
  const saved = { DB_NAME: process.env.DB_NAME, REDIS_KEY_PREFIX: process.env.REDIS_KEY_PREFIX, RATE_LIMIT_WRITES: process.env.RATE_LIMIT_WRITES };

  beforeAll(async () => {
    isolateBroker('seed-report');
    process.env.REDIS_KEY_PREFIX = testRedisPrefix();
    for (const [definition, appModule] of SERVICES) {
      process.env.DB_NAME = testDatabaseName(`seed_${definition.database}`);
      const service = await bootService(appModule as never, definition);
      running.push(service);
      urls[definition.name as ReportService] = service.url;
    }
    await loadReferenceData(urls);
    await loadReferenceRecords(urls);
  }, 300_000);

  afterAll(async () => {
    for (const service of running.reverse()) await service.app.close();
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });

  it('loads a small population with nothing refused, and reports it', async () => {
    const canteenRes = await fetch(`${urls.canteen}/api/v1/canteens`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${admin('seed-test')}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: '测试幸福食堂', operator: '测试运营方', address: '测试路 1 号', region: '110105001', slots: ['LUNCH'] }),
    });
    expect(canteenRes.status).toBe(201);

    const population = generatePopulation(
      {
        ...CITY_PROFILE,
        aged60Plus: 60,
        aged80Plus: 12,
        aged100Plus: 1,
        dibaoHouseholds: 8,
        tekunPersons: 3,
        children: { ORPHAN: 2, DE_FACTO_UNSUPPORTED: 2, IN_DIFFICULTY: 3, RURAL_LEFT_BEHIND: 3 },
        diners: 5,
        // Beside the reference data's sample in these three townships: a few of each register.
        townships: 3,
        villages: 6,
        facilities: { STREET_CENTRE: 1, COMMUNITY_HOME_CARE_CENTRE: 4, RURAL_HAPPINESS_HOME: 3, ACTIVITY_ROOM: 6 },
        careWorkers: 2,
        cemeteries: { URBAN_PUBLIC_WELFARE_CEMETERY: 1, RURAL_PUBLIC_WELFARE_CEMETERY: 3, RURAL_ASH_HALL: 4 },
      },
      11,
      '2024-12-31',
    );
    const counts = countPopulation(population, ageOn);
    const summary = await loadPopulation(population, { baseUrls: urls, clerkToken: admin('seed-clerk'), approverToken: admin('seed-approver'), http: (u, i) => fetch(u, i), concurrency: 4 });

    for (const [step, tally] of Object.entries(summary)) expect([step, tally.refused, tally.examples]).toEqual([step, {}, []]);
    expect(summary.elders.created).toBe(60);
    expect(summary.households.created).toBe(11);
    // 低保 cases go through the city's 7-day public notice (公示): today they are in notice, not approved.
    expect(summary.dibaoApprovals).toMatchObject({ created: 0, inPublicNotice: 8 });
    expect(summary.tekunApprovals.created).toBe(3);
    expect(summary.children.created).toBe(10);
    expect(summary.diners.created).toBe(5);
    expect([summary.facilities.created, summary.townships.created, summary.careWorkers.created, summary.staff.created, summary.cemeteries.created]).toEqual([4, 1, 2, 9, 2]);

    // A rerun adds nothing the services can tell apart: the elders are duplicates.
    const again = await loadPopulation({ ...population, households: [], children: [], diners: [] }, { baseUrls: urls, clerkToken: admin('seed-clerk'), approverToken: admin('seed-approver'), http: (u, i) => fetch(u, i) });
    expect(again.elders).toMatchObject({ created: 0, present: 60 });
    expect([again.facilities.present, again.townships.present, again.careWorkers.present, again.staff.present, again.cemeteries.present]).toEqual([4, 1, 2, 9, 2]);

    const year = Number(new Date().toISOString().slice(0, 4));
    const results = await collectAnnual((u, i) => fetch(u, i), urls, year, signToken({ sub: 'annual-report', roles: ['auditor'], division: '000000' }, { secret: DEV_ONLY_JWT_SECRET }));
    const report = buildAnnualReport(year, results, new Date().toISOString());
    expect(sectionsOf(report).filter((s) => s.unavailable !== undefined).map((s) => [s.key, s.unavailable])).toEqual([]);
    const children = sectionsOf(report).find((s) => s.key === 'child-care')!.tables[0];
    expect(textRows(children)).toEqual([
      ['孤儿', String(counts.children.ORPHAN)],
      ['事实无人抚养儿童', String(counts.children.DE_FACTO_UNSUPPORTED)],
      // The generator records no situations that meet the city's 特殊困难儿童 criteria.
      ['特殊困难儿童', '0'],
      ['困境儿童', String(counts.children.IN_DIFFICULTY)],
      ['农村留守儿童', String(counts.children.RURAL_LEFT_BEHIND)],
      ['台账儿童合计', '10'],
    ]);
    expect(renderMarkdown(report)).toContain('### （六）区划地名');
    expectReferenceRecordsIn(report);
  });

  /** The city's figures the reference records hold, as the report prints them. */
  function expectReferenceRecordsIn(report: ReturnType<typeof buildAnnualReport>): void {
    const rows = (section: string, caption: RegExp): string[][] => textRows(sectionsOf(report).find((s) => s.key === section)!.tables.find((t) => caption.test(t.caption))!);
    expect(rows('registration-services', /^本年度开展登记的婚姻登记机关和登记点/)).toContainEqual(['公园登记点（个）', '2']);
    expect(rows('cemeteries', /^公益性公墓/)).toContainEqual(['城市公益性公墓（个）', '1']);
    // Institutions registered without an operating model are public (DEFAULT_OPERATING_MODEL).
    expect(rows('institutions', /^养老机构和床位（按运营方式）/)).toContainEqual(['公办', '15', '1,349']);
    expect(rows('facilities', /^社区养老服务设施及覆盖情况/)[0].slice(0, 2)).toEqual(['街道综合养老服务中心', '1']);
    // The 12 canteens of the reference data and the one this test adds, none funded yet.
    expect(rows('canteens', /^幸福食堂建设运营资金（按运营模式）/).at(-1)).toEqual(['合计', '13', '0.00', '0.00', '0.00']);
  }

  // Reads what the test above loaded (three left-behind children).
  it('writes the report files with `npm run report`, a service that is down shown as not available', async () => {
    const out = mkdtempSync(join(tmpdir(), 'cap-annual-'));
    try {
      const year = new Date().getUTCFullYear();
      const env: Record<string, string> = { ...(process.env as Record<string, string>), TS_NODE_PROJECT: resolve(ROOT, 'tsconfig.json') };
      for (const service of Object.keys(urls)) env[`${service.toUpperCase().replaceAll('-', '_')}_URL`] = urls[service as ReportService];
      env.CANTEEN_URL = 'http://127.0.0.1:9'; // discard port: nothing listens
      const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'scripts/annual-report.ts', '--year', String(year), '--out', out], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const code = await new Promise<number | null>((res) => child.on('exit', res));
      expect([code, stderr]).toEqual([0, expect.stringContaining('warning: canteen: 无法连接 http://127.0.0.1:9')]);

      const md = readFileSync(join(out, `annual-report-${year}.md`), 'utf8');
      expect(md).toContain('#### 5. 老年助餐（幸福食堂）\n\n_数据来源：老年助餐系统_\n\n> **数据暂缺**：无法连接 http://127.0.0.1:9');
      expect(md).toContain('| 农村留守儿童 | 3 |');
      const html = readFileSync(join(out, `annual-report-${year}.html`), 'utf8');
      expect(html).toContain('<th scope="row">农村留守儿童</th><td class="num">3</td>');
      const workbook = await new Workbook().xlsx.readFile(join(out, `annual-report-${year}.xlsx`));
      expect(workbook.worksheets.map((w) => w.name)).toContain('儿童福利');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
