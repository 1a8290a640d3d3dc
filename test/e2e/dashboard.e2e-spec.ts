// 数据看板 as a district's director reads it. The figures are made through the services on their
// clock: two 低保 households applied for on 1 July, approved by the director on 15 July (paid from
// August) and a third left awaiting its investigation; an elder drawing the high-age allowance; four
// children on the ledger, three in the district (two red, one orange) and one red in the next
// district. On 20 August the director runs both August payrolls. The dashboard's cards and charts
// show those numbers and the money of the payrolls; the red bar leads to the ledger of red children.
// A director of the next district sees that district's figures only and is refused this one's.
import type { Browser, Page } from 'playwright-core';
import { wanYuan } from '../../apps/console/web/src/format';
import { residentId } from '../support/resident-ids';
import { docScreenshot, inNewTab, launchBrowser, submitButton, type Tab } from './support/browser';
import { apiLogin } from './support/console-api';
import { ConsoleCaller, readyUser } from './support/console-seed';
import { startConsoleStack, type DatedConsoleStack } from './support/console-stack';
import { loginAndWait } from './support/console-ui';
import { isolateFile } from './support/isolation';
import { eldersWithAllowance } from './support/payments-setup';

const DISTRICT = '110105';
const NEXT_DISTRICT = '110106';
const DIRECTOR = { username: 'zhao.juzhang', displayName: '赵局长', roles: ['approver'], division: DISTRICT };
const NEXT_DIRECTOR = { username: 'qian.juzhang', displayName: '钱局长', roles: ['approver'], division: NEXT_DISTRICT };
const passwords: Record<string, string> = {};

interface Line {
  amountFen: number;
}

/** The numbers a chart draws, as its wrapper carries them. */
async function chartValues(page: Page, chart: string): Promise<Record<string, unknown>> {
  const wrapper = page.locator(`[data-chart="${chart}"]`);
  await wrapper.waitFor();
  return JSON.parse((await wrapper.getAttribute('data-values')) ?? '{}') as Record<string, unknown>;
}

const card = (page: Page, key: string) => page.locator(`[data-figure="${key}"]`);

async function openDashboard(page: Page, from: string, to: string, division?: string): Promise<void> {
  await page.getByRole('menuitem', { name: '数据看板' }).click();
  const form = page.locator('form#dashboard-range');
  await form.waitFor();
  if (division) await form.getByLabel('区划').fill(division);
  await form.getByLabel('起始月份').fill(from);
  await form.getByLabel('截止月份').fill(to);
  await submitButton(page, '查 询').or(submitButton(page, '查询')).click();
  // The previous range stays drawn while this one loads: wait until it has.
  await page.locator(`[data-dashboard="${division ?? (await form.getByLabel('区划').inputValue())}/${from}/${to}"][aria-busy="false"]`).waitFor();
}

describe('数据看板 (e2e)', () => {
  let stack: DatedConsoleStack;
  let browser: Browser;
  let release: (() => Promise<void>) | undefined;
  const tabs: Tab[] = [];
  let paidFen = 0;

  async function dibaoApplication(admin: ConsoleCaller, seq: number, noticed: boolean): Promise<string> {
    const members = [{ residentId: residentId(DISTRICT, '19800101', seq), name: '孙建华', relation: 'APPLICANT', incomes: [], categories: [] }];
    const household = await admin.call<{ id: string }>('social-assistance', 'POST', '/api/v1/households', { body: { area: 'URBAN', regionCode: '110105001', financialAssetsFen: 0, members } });
    const applied = await admin.call<{ id: string }>('social-assistance', 'POST', '/api/v1/dibao/applications', { body: { householdId: household.body.id } });
    if (noticed) await admin.call('social-assistance', 'POST', `/api/v1/dibao/applications/${applied.body.id}/public-notice`, { body: { investigation: '入户调查属实' } });
    return applied.body.id;
  }

  async function child(admin: ConsoleCaller, seq: number, villageCode: string, riskTier: string): Promise<void> {
    const body = { residentId: residentId(DISTRICT, '20150310', seq), name: '李小红', villageCode, carerName: '李奶奶', carerRelation: '祖母', guardians: [], riskTier, riskReason: '登记时评定' };
    await admin.call('child-welfare', 'POST', '/api/v1/children', { body });
  }

  beforeAll(async () => {
    release = isolateFile('dashboard');
    stack = await startConsoleStack({ services: ['social-assistance', 'elderly-care', 'child-welfare', 'canteen'], clock: { day: '2024-07-01' }, referenceData: true });
    browser = await launchBrowser();
    const adminSession = await apiLogin(stack.url, stack.admin.username, stack.admin.password);
    for (const official of [DIRECTOR, NEXT_DIRECTOR]) passwords[official.username] = await readyUser(stack.url, adminSession, official);
    const admin = await ConsoleCaller.login(stack.url, stack.admin.username, stack.admin.password);
    const noticed = [await dibaoApplication(admin, 1, true), await dibaoApplication(admin, 2, true)];
    await dibaoApplication(admin, 3, false);
    await child(admin, 11, '110105001001', 'RED');
    await child(admin, 12, '110105001001', 'RED');
    await child(admin, 13, '110105001002', 'ORANGE');
    await child(admin, 14, '110106001001', 'RED');

    // The notice has run its 7 days: the director approves (the clerk who applied may not).
    await stack.moveTo('2024-07-15');
    const director = await ConsoleCaller.login(stack.url, DIRECTOR.username, passwords[DIRECTOR.username]);
    for (const id of noticed) await director.call('social-assistance', 'POST', `/api/v1/dibao/applications/${id}/approve`);

    await stack.moveTo('2024-08-20');
    await eldersWithAllowance(admin, [{ residentId: residentId(DISTRICT, '19400301', 21), name: '王秀英', region: '110105001' }], '2024-08');
    const assistancePayroll = await director.call<{ lines: Line[] }>('social-assistance', 'POST', '/api/v1/payrolls', { body: { month: '2024-08' } });
    const elderlyPayroll = await director.call<{ totalFen: number }>('elderly-care', 'POST', '/api/v1/payrolls', { body: { month: '2024-08' } });
    paidFen = assistancePayroll.body.lines.reduce((sum, l) => sum + l.amountFen, 0) + elderlyPayroll.body.totalFen;
  });

  afterAll(async () => {
    for (const tab of tabs) await tab.context.close();
    await browser?.close();
    await stack?.stop();
    await release?.();
  });

  it('shows the district director the months’ caseloads, money, tiers and waiting work, and leads from the red bar to the red children', () =>
    inNewTab(browser, stack.url, tabs, 'dashboard-director', async ({ page, errors }) => {
      await loginAndWait(page, DIRECTOR.username, passwords[DIRECTOR.username]);
      await openDashboard(page, '2024-06', '2024-09');
      await card(page, 'dibao').getByText('2', { exact: true }).waitFor();
      expect(await card(page, 'started').innerText()).toMatch(/期内新增\s*2$/);
      expect(await card(page, 'highAge').innerText()).toMatch(/高龄津贴人数\s*1$/);
      expect(await card(page, 'children').innerText()).toMatch(/在册儿童\s*3$/);
      expect(paidFen).toBeGreaterThan(0);
      expect(await card(page, 'paid').innerText()).toContain(wanYuan(paidFen).replace('万元', ''));

      const caseload = await chartValues(page, 'caseload');
      expect(caseload['DIBAO.CASELOAD']).toEqual([0, 0, 2, 2]);
      expect(caseload['HIGH_AGE.CASELOAD']).toEqual([1, 1, 1, 1]);
      expect(caseload['CHILD_LEDGER.CASELOAD']).toEqual([0, 3, 3, 3]);
      expect(caseload['CANTEEN.CASELOAD']).toEqual([0, 0, 0, 0]);
      const paid = (await chartValues(page, 'paid')) as Record<string, number[]>;
      expect(Object.values(paid).reduce((sum, values) => sum + values[2], 0)).toBe(paidFen);
      expect(await chartValues(page, 'tiers')).toEqual({ RED: 2, ORANGE: 1, GREEN: 0 });
      // 20 August: every child's visit is past due; one application still waits for its investigation.
      expect(await page.locator('[data-figure="OVERDUE_VISITS"] [data-value]').innerText()).toBe('3');
      expect(await page.locator('[data-figure="AWAITING_INVESTIGATION"] [data-value]').innerText()).toBe('1');
      await docScreenshot(page, 'dashboard');

      await page.locator('[data-chart="tiers"] path[fill="#cf1322"]').first().click();
      await page.waitForURL((url) => url.pathname === '/children' && url.searchParams.get('tier') === 'RED');
      await page.getByText('共 2 人').first().waitFor();

      await page.goBack();
      await page.getByRole('link', { name: '低保待入户调查：查看名单' }).click();
      await page.waitForURL((url) => url.pathname === '/worklists' && url.searchParams.get('list') === 'investigation');
      expect(errors).toEqual([]);
    }));

  it('shows the next district’s director that district’s figures only and refuses this district’s', () =>
    inNewTab(browser, stack.url, tabs, 'dashboard-next-district', async ({ page, errors }) => {
      await loginAndWait(page, NEXT_DIRECTOR.username, passwords[NEXT_DIRECTOR.username]);
      await openDashboard(page, '2024-06', '2024-09');
      await page.locator('[data-chart="tiers"][data-values*="\\"RED\\":1"]').waitFor();
      expect(await chartValues(page, 'tiers')).toEqual({ RED: 1, ORANGE: 0, GREEN: 0 });
      expect((await chartValues(page, 'caseload'))['DIBAO.CASELOAD']).toEqual([0, 0, 0, 0]);
      expect(await card(page, 'dibao').innerText()).toMatch(/0$/);

      await openDashboard(page, '2024-06', '2024-09', DISTRICT);
      // Each of the four services refuses on its own.
      await page.getByRole('alert').filter({ hasText: '该记录不在您所辖的行政区划内' }).nth(3).waitFor();
      expect(await page.getByRole('alert').filter({ hasText: '该记录不在您所辖的行政区划内' }).count()).toBe(4);
      expect(errors).toEqual([]);
    }));
});
