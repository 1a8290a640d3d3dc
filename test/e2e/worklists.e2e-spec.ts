// 工作台 as a township caseworker opens it: a 低保 application of their township waiting for the
// household investigation is on 待入户调查, counted on the tab; one of another township is not.
// From the row, 查看案件 leads to the case page and 一人一档 (with the full ID) to the applicant.
import type { Browser } from 'playwright-core';
import { residentId } from '../support/resident-ids';
import { docScreenshot, launchBrowser, openTab, screenshotOnFailure, type Tab } from './support/browser';
import { apiLogin } from './support/console-api';
import { ConsoleCaller, readyUser } from './support/console-seed';
import { startConsoleStack, type ConsoleStack } from './support/console-stack';
import { loginAndWait } from './support/console-ui';
import { isolateFile } from './support/isolation';

const ZHAO = residentId('110105', '19520611', 31);
const SUN = residentId('110105', '19550203', 42);

describe('工作台 (e2e)', () => {
  let stack: ConsoleStack;
  let browser: Browser;
  let release: (() => Promise<void>) | undefined;
  let tab: Tab | undefined;
  let password = '';
  let caseId = '';

  beforeAll(async () => {
    release = isolateFile('worklists');
    stack = await startConsoleStack({ services: ['social-assistance'] });
    browser = await launchBrowser();
    const api = await ConsoleCaller.login(stack.url, stack.admin.username, stack.admin.password);
    await api.loadPolicies(['social-assistance']);
    const apply = async (regionCode: string, id: string, name: string) => {
      const household = await api.call<{ id: string }>('social-assistance', 'POST', '/api/v1/households', {
        body: { area: 'URBAN', regionCode, financialAssetsFen: 0, members: [{ residentId: id, name, relation: 'APPLICANT', incomes: [], categories: [] }] },
      });
      return (await api.call<{ id: string }>('social-assistance', 'POST', '/api/v1/dibao/applications', { body: { householdId: household.body.id } })).body.id;
    };
    caseId = await apply('110105001', ZHAO, '赵淑芳');
    await apply('110105002', SUN, '孙秀梅');
    const admin = await apiLogin(stack.url, stack.admin.username, stack.admin.password);
    password = await readyUser(stack.url, admin, { username: 'zheng.hua', displayName: '郑华', roles: ['operator'], division: '110105001' });
  });

  afterAll(async () => {
    await tab?.context.close();
    await browser?.close();
    await stack?.stop();
    await release?.();
  });

  it('shows the township’s application waiting for investigation on 待入户调查, with its count', async () => {
    try {
      tab = await openTab(browser, stack.url);
      const { page, errors } = tab;
      await loginAndWait(page, 'zheng.hua', password);
      await page.getByRole('menuitem', { name: '工作台' }).click();
      await page.getByText('所属区划 110105001 及下辖区划的待办事项').waitFor();
      await page.getByRole('tab', { name: /待入户调查\s*1/ }).waitFor();
      await page.getByRole('tab', { name: /待审批\s*0/ }).waitFor();
      await page.getByText('共 1 条').waitFor();
      await docScreenshot(page, 'worklists');
      const row = page.getByRole('row').filter({ hasText: '赵*芳' });
      expect(await row.innerText()).toMatch(/赵\*芳\s*110\*{11}\d{3}[\dX]\s*低保\s*110105001\s*城市\s*1\s*\d{4}-\d{2}-\d{2}\s*今天\s*待入户调查/);
      expect(await page.getByRole('row').filter({ hasText: '孙*梅' }).count()).toBe(0);
      expect(await row.getByRole('link', { name: '查看案件' }).getAttribute('href')).toBe(`/dibao/cases/${caseId}`);

      await row.getByRole('button', { name: '一人一档' }).click();
      const dialog = page.getByRole('dialog', { name: '查看一人一档' });
      await dialog.getByLabel('身份证号').fill(ZHAO);
      await dialog.getByRole('button', { name: '查看档案' }).click();
      await page.getByText('一人一档：赵*芳').waitFor();
      await page.getByRole('region', { name: '家庭与低保/特困案件' }).getByText('待入户调查').waitFor();

      // Back to the list: the tab and page are in the address.
      await page.goBack();
      await page.getByText('共 1 条').waitFor();

      // Narrowed to one person: the service is asked with a POST search, and the ID stays out of the address.
      const filters = page.locator('form').filter({ has: page.getByRole('button', { name: '查询' }) });
      await filters.getByLabel('身份证号').fill(SUN);
      await filters.getByRole('button', { name: '查询' }).click();
      await page.getByText('没有待办事项').waitFor();
      await filters.getByLabel('身份证号').fill(ZHAO.toLowerCase());
      const [search] = await Promise.all([
        page.waitForResponse((r) => new URL(r.url()).pathname === '/api/svc/social-assistance/api/v1/cases/search' && r.request().method() === 'POST'),
        filters.getByRole('button', { name: '查询' }).click(),
      ]);
      expect(search.status()).toBe(200);
      await page.getByText('共 1 条').waitFor();
      await page.getByRole('row').filter({ hasText: '赵*芳' }).waitFor();
      expect(page.url().toUpperCase()).not.toContain(ZHAO);
      expect(page.url().toUpperCase()).not.toContain(SUN);
      expect(errors).toEqual([]);
    } catch (err) {
      await screenshotOnFailure(tab, 'worklists-investigation');
      throw err;
    }
  });
});
