// 发放名册 for 低保、特困供养 end to end, against the real console and social-assistance (with
// child-welfare for the programme selector). August's payroll of the city's 特困 cases is run by
// one city approver and refused to him for approval; a district's approver sees only the district's
// line and is refused the approval of the city's payroll; a second city approver approves it. The
// bank's outcomes, as payments reports them, show on the lines: one paid, one failed.
import type { Browser, Page } from 'playwright-core';
import { publishEvent } from '../support/service-under-test';
import { residentId } from '../support/resident-ids';
import { waitFor } from '../support/wait-for';
import { token, type Platform } from '../system/support/platform';
import { choose } from './support/assistance-ui';
import { closeFile, docScreenshot, inNewTab, launchBrowser, type Tab } from './support/browser';
import { apiLogin } from './support/console-api';
import { startConsoleStack, type DatedConsoleStack } from './support/console-stack';
import { loginAndWait } from './support/console-ui';
import { apiReadyUser } from './support/console-users';
import { confirmed, openMonth, payrollStatusIs, refusedWith } from './support/payments-ui';

const MONTH = '2024-08';
const RUNNER = { username: 'feng.mingce', displayName: '冯名册', roles: ['approver'], division: '110100' };
const CHECKER = { username: 'wei.shenhe', displayName: '魏审核', roles: ['approver'], division: '110100' };
const DISTRICT = { username: 'jiang.haidian', displayName: '蒋海淀', roles: ['approver'], division: '110108' };
const PASSWORDS = { runner: 'Feng-Mingce-2024-minzheng', checker: 'Wei-Shenhe-2024-minzheng', district: 'Jiang-Haidian-2024-minzheng' };
const CITY = token(['operator', 'approver'], 'e2e-city-clerk', '110100');
const CITY_APPROVER = token(['approver'], 'e2e-city-approver', '110100');
const PROGRAMME = '低保、特困供养';

/** A 特困 (dispersed care) case of an elder living in `regionCode`, applied for and approved through the service. */
async function tekunCase(platform: Platform, resident: string, regionCode: string): Promise<void> {
  const sa = platform.http('social-assistance');
  const member = { residentId: resident, name: '郑某', relation: 'APPLICANT', incomes: [], categories: [] };
  const household = await sa.post('/api/v1/households').set('Authorization', CITY).send({ area: 'RURAL', regionCode, financialAssetsFen: 0, members: [member] }).expect(201);
  const application = await sa.post('/api/v1/tekun/applications').set('Authorization', CITY).send({ householdId: household.body.id, residentId: resident, careForm: 'DISPERSED', unableActivities: 5, hasAbleSupporter: false }).expect(201);
  await sa.post(`/api/v1/tekun/applications/${application.body.id}/approve`).set('Authorization', CITY_APPROVER).expect(200);
}

/** The bank's outcomes of August's lines as payments reports them after a return file: the first failed, the rest paid. */
async function bankOutcomes(platform: Platform): Promise<void> {
  const res = await platform.http('social-assistance').get(`/api/v1/payrolls/${MONTH}/lines`).set('Authorization', CITY).expect(200);
  const [failed, ...paid] = (res.body.items as Array<{ lineId: string; program: 'DIBAO' | 'TEKUN'; month: string; amountFen: number }>).map((l) => ({ lineId: l.lineId, programme: l.program, period: l.month, amountFen: l.amountFen }));
  const envelope = { batchId: '7c1a2b3c-0000-4000-8000-000000000021', returnFileId: '7c1a2b3c-0000-4000-8000-000000000022', ownerService: 'social-assistance' as const };
  await publishEvent('payments.line.failed.v1', { ...envelope, returnedOn: '2024-08-25', lines: [{ ...failed, reason: 'ACCOUNT_CLOSED' }] }, MONTH);
  await publishEvent('payments.line.paid.v1', { ...envelope, paidOn: '2024-08-25', lines: paid }, MONTH);
  await waitFor('social-assistance to learn the outcomes', async () => {
    const lines = await platform.http('social-assistance').get(`/api/v1/payrolls/${MONTH}/lines`).set('Authorization', CITY).expect(200);
    return (lines.body.items as Array<{ paymentStatus: string | null }>).every((l) => l.paymentStatus !== null);
  });
}

describe('发放名册 — 低保、特困供养 (e2e)', () => {
  let stack: DatedConsoleStack;
  let browser: Browser;
  const tabs: Tab[] = [];

  beforeAll(async () => {
    stack = await startConsoleStack({ services: ['social-assistance', 'child-welfare'], clock: { day: '2024-07-20' }, referenceData: true });
    const admin = await apiLogin(stack.url, stack.admin.username, stack.admin.password);
    await apiReadyUser(stack.url, admin, RUNNER, PASSWORDS.runner);
    await apiReadyUser(stack.url, admin, CHECKER, PASSWORDS.checker);
    await apiReadyUser(stack.url, admin, DISTRICT, PASSWORDS.district);
    await tekunCase(stack.platform, residentId('110105', '19450505', 61), '110105001');
    await tekunCase(stack.platform, residentId('110105', '19460606', 62), '110105002');
    await tekunCase(stack.platform, residentId('110108', '19470707', 63), '110108001');
    // The cases are paid from the month after their approval.
    await stack.moveTo('2024-08-20');
    browser = await launchBrowser();
  }, 600_000);

  afterAll(() => closeFile(tabs, browser, stack));

  const scenario = (name: string, steps: (tab: Tab) => Promise<void>): Promise<void> => inNewTab(browser, stack.url, tabs, name, steps);

  async function openProgramme(page: Page): Promise<void> {
    await openMonth(page, '发放名册', MONTH);
    await choose(page, page.getByLabel('项目'), PROGRAMME);
    await page.waitForURL((url) => url.searchParams.get('programme') === 'social-assistance' && url.searchParams.get('month') === MONTH);
  }

  it('runs August’s 特困 payroll as one approver, refuses him and a district’s approver the approval, and a second approver approves it', () =>
    scenario('payroll-sa', async ({ page, errors }) => {
      await loginAndWait(page, RUNNER.username, PASSWORDS.runner);
      await openProgramme(page);
      await page.getByText('该月名册尚未生成').waitFor();
      await page.getByRole('button', { name: '生成名册' }).click();
      await payrollStatusIs(page, '已生成，待审批');
      await page.getByText('共 3 条').waitFor();
      await confirmed(page, '审批通过');
      await refusedWith(page, '生成发放名册的人员不能审批该名册');
      expect(errors).toEqual([]);

      await inNewTab(browser, stack.url, tabs, 'payroll-sa-district', async ({ page: district }) => {
        await loginAndWait(district, DISTRICT.username, PASSWORDS.district);
        await openProgramme(district);
        await payrollStatusIs(district, '已生成，待审批');
        await district.getByText('共 1 条').waitFor();
        expect(await district.getByRole('row').filter({ hasText: '110105' }).count()).toBe(0);
        await confirmed(district, '审批通过');
        await refusedWith(district, '不在您所辖的行政区划内');
      });

      await inNewTab(browser, stack.url, tabs, 'payroll-sa-checker', async ({ page: checker, errors: checkerErrors }) => {
        await loginAndWait(checker, CHECKER.username, PASSWORDS.checker);
        await openProgramme(checker);
        await confirmed(checker, '审批通过');
        await payrollStatusIs(checker, '已审批，已交一卡通代发');
        await checker.getByTestId('payroll-summary').getByText('feng.mingce').waitFor();
        expect(checkerErrors).toEqual([]);
      });
    }));

  it('shows the bank’s outcome on each line once payments reported it, and another programme’s month through the selector', () =>
    scenario('payroll-sa-outcomes', async ({ page }) => {
      await bankOutcomes(stack.platform);
      await loginAndWait(page, CHECKER.username, PASSWORDS.checker);
      await openProgramme(page);
      await page.getByRole('row').filter({ hasText: '账户已销户' }).getByText('失败').waitFor();
      expect(await page.getByRole('cell', { name: '已入账', exact: true }).count()).toBe(2);
      const summary = (await page.getByTestId('payroll-summary').innerText()).replace(/\s+/g, ' ');
      expect(summary).toMatch(/明细笔数 3 .*按类别 特困 3 笔 .*银行已入账 2 笔 .*银行退回失败 1 笔/);
      await docScreenshot(page, 'payroll-social-assistance');

      await choose(page, page.getByLabel('项目'), '儿童生活补贴');
      await page.waitForURL((url) => url.searchParams.get('programme') === 'child-welfare' && url.searchParams.get('month') === MONTH);
      await page.getByText('该月名册尚未生成').waitFor();
    }));
});
