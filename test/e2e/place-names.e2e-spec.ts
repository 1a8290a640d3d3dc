// 地名管理 end to end: a district's registrar records a rural place name (first with a county code,
// which rural collection refuses, then with the village's), finds it by part of its name, and is
// refused a name in another district; that district's registrar finds it too (place names are
// public) but may not record there for the first.
import type { Browser, Page } from 'playwright-core';
import { choose } from './support/assistance-ui';
import { closeFile, docScreenshot, inNewTab, launchBrowser, submitButton, type Tab } from './support/browser';
import { apiLogin } from './support/console-api';
import { startConsoleStack, type ConsoleStack } from './support/console-stack';
import { loginAndWait } from './support/console-ui';
import { apiReadyUser } from './support/console-users';

const REGISTRAR = { username: 'lin.diming', displayName: '林地名', roles: ['operator'], division: '110105' };
const OTHER_DISTRICT = { username: 'gao.tongzhou', displayName: '高通州', roles: ['operator'], division: '110112' };
const PASSWORD = 'Lin-Diming-2024-minzheng';
const OTHER_PASSWORD = 'Gao-Tongzhou-2024-minzheng';

async function recordName(page: Page, name: { kind: string; name: string; category: string; region: string; origin?: string }): Promise<void> {
  const form = page.locator('form#place-name');
  await choose(page, form.getByLabel('类型'), name.kind);
  await form.getByLabel('名称').fill(name.name);
  await choose(page, form.getByLabel('类别'), name.category);
  await form.getByLabel('行政区划代码').fill(name.region);
  if (name.origin) await form.getByLabel('来历含义').fill(name.origin);
  await submitButton(page, '登记').click();
}

describe('地名管理 (e2e)', () => {
  let stack: ConsoleStack;
  let browser: Browser;
  const tabs: Tab[] = [];

  beforeAll(async () => {
    stack = await startConsoleStack({ services: ['civil-registration'], clock: { day: '2024-05-20' } });
    const admin = await apiLogin(stack.url, stack.admin.username, stack.admin.password);
    await apiReadyUser(stack.url, admin, REGISTRAR, PASSWORD);
    await apiReadyUser(stack.url, admin, OTHER_DISTRICT, OTHER_PASSWORD);
    browser = await launchBrowser();
  }, 600_000);

  afterAll(() => closeFile(tabs, browser, stack));

  const scenario = (name: string, steps: (tab: Tab) => Promise<void>): Promise<void> => inNewTab(browser, stack.url, tabs, name, steps);

  it('a registrar records a rural place name at the village, finds it, and is refused another district', () =>
    scenario('place-names-record', async ({ page, errors }) => {
      await loginAndWait(page, REGISTRAR.username, PASSWORD);
      await page.getByRole('menuitem', { name: '地名管理' }).click();
      await page.getByText('没有符合条件的地名').waitFor();

      const apricot = { kind: '乡村地名采集', name: '杏花村', category: '自然村', region: '110105', origin: '村口古杏树得名，清代已有记载。' };
      await recordName(page, apricot);
      await page.getByRole('alert').getByText('乡村地名采集须登记到乡镇（街道）或村（社区）').waitFor();
      await page.locator('form#place-name').getByLabel('行政区划代码').fill('110105001201');
      await submitButton(page, '登记').click();
      await page.getByRole('status').getByText('地名“杏花村”已登记。').waitFor();

      await recordName(page, { kind: '地名命名', name: '通惠路', category: '道路', region: '110112001' });
      await page.getByText('该区划不在您所辖的行政区划内').waitFor();

      const search = page.locator('form#place-name-search');
      await search.getByLabel('名称').fill('杏花');
      await submitButton(page, '查询').click();
      // The search lives in the address: wait for it there (the unfiltered list also had one name).
      await page.waitForURL((url) => url.searchParams.get('q') === '杏花');
      await page.getByText('共 1 条').waitFor();
      expect(await page.getByRole('row', { name: /杏花村/ }).innerText()).toMatch(/杏花村\s*乡村地名采集\s*自然村\s*110105001201\s*村口古杏树得名/);
      expect(await page.getByRole('row', { name: /通惠路/ }).count()).toBe(0);
      await docScreenshot(page, 'place-names');
      expect(errors).toEqual([]);
    }));

  it('another district’s registrar finds the public name but records only in their own district', () =>
    scenario('place-names-other-district', async ({ page, errors }) => {
      await loginAndWait(page, OTHER_DISTRICT.username, OTHER_PASSWORD);
      await page.goto(`${stack.url}/place-names?q=${encodeURIComponent('杏花')}`);
      await page.getByRole('row', { name: /杏花村/ }).waitFor();
      await recordName(page, { kind: '地名命名', name: '杏花路', category: '道路', region: '110105001' });
      await page.getByText('该区划不在您所辖的行政区划内').waitFor();
      await page.locator('form#place-name').getByLabel('行政区划代码').fill('110112001');
      await submitButton(page, '登记').click();
      await page.getByRole('status').getByText('地名“杏花路”已登记。').waitFor();
      await page.getByText('共 2 条').waitFor();
      expect(errors).toEqual([]);
    }));
});
