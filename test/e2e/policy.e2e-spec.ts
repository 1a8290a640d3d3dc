// 政策参数 end to end: the administrator reads the city's 低保 standard in force, ends its open
// period and enters next year's figure ahead of its day (a value that is not JSON, one the service
// refuses and an overlapping period each shown in Chinese); an operator reads the same figures
// but cannot change them.
import type { Browser, Page } from 'playwright-core';
import { closeFile, docScreenshot, inNewTab, launchBrowser, type Tab } from './support/browser';
import { apiLogin } from './support/console-api';
import { startConsoleStack, type ConsoleStack } from './support/console-stack';
import { loginAndWait } from './support/console-ui';
import { apiReadyUser } from './support/console-users';

const OPERATOR = { username: 'wu.jingban', displayName: '吴经办', roles: ['operator'], division: '110105' };
const OPERATOR_PASSWORD = 'Wu-Jingban-2024-minzheng';
const STANDARD = '城市低保标准（每月）';

describe('政策参数 (e2e)', () => {
  let stack: ConsoleStack;
  let browser: Browser;
  const tabs: Tab[] = [];

  beforeAll(async () => {
    stack = await startConsoleStack({ services: ['social-assistance'], clock: { day: '2024-07-15' }, referenceData: true });
    const admin = await apiLogin(stack.url, stack.admin.username, stack.admin.password);
    await apiReadyUser(stack.url, admin, OPERATOR, OPERATOR_PASSWORD);
    browser = await launchBrowser();
  }, 600_000);

  afterAll(() => closeFile(tabs, browser, stack));

  const scenario = (name: string, steps: (tab: Tab) => Promise<void>): Promise<void> => inNewTab(browser, stack.url, tabs, name, steps);

  const standardRow = (page: Page) => page.getByTestId('policy-keys').getByRole('row', { name: new RegExp(STANDARD) });

  async function openStandard(page: Page): Promise<void> {
    await page.getByRole('menuitem', { name: '政策参数' }).click();
    await standardRow(page).getByText(STANDARD).click();
    await page.getByRole('dialog').getByTestId('policy-history').getByRole('row', { name: /2024-07-01/ }).waitFor();
  }

  /** Fills the new period's value (and note), then its first day: Enter in the date picker sends the form. */
  async function addPeriod(page: Page, from: string, value: string, note?: string): Promise<void> {
    const form = page.getByTestId('policy-add-form');
    await form.getByLabel('取值（JSON，金额以分计）').fill(value);
    if (note) await form.getByLabel('依据（文件、通知）').fill(note);
    await form.getByLabel('起始日').fill(from);
    await form.getByLabel('起始日').press('Enter');
  }

  it('the administrator ends the standard’s open period and enters next year’s ahead of its day', () =>
    scenario('policy-admin', async ({ page, errors }) => {
      await loginAndWait(page, stack.admin.username, stack.admin.password);
      await page.getByRole('menuitem', { name: '政策参数' }).click();
      await standardRow(page).waitFor();
      expect(await standardRow(page).innerText()).toMatch(/¥735\.00[\s\S]*2024-07-01 至 长期/);

      await openStandard(page);
      const dialog = page.getByRole('dialog');
      expect(await dialog.getByTestId('policy-history').getByRole('row').count()).toBe(3); // header + 728 + 735

      const end = dialog.getByTestId('policy-end-form');
      await end.getByLabel('最后一日').fill('2025-06-30');
      await end.getByLabel('最后一日').press('Enter'); // Enter in the picker sends the form
      await dialog.getByText('已结束现行期间').waitFor();
      await end.getByText('该参数没有长期有效的期间').waitFor();

      await addPeriod(page, '2025-07-01', '750元');
      await dialog.getByText('取值须为有效的 JSON').waitFor();
      await addPeriod(page, '2025-07-01', '"七百五十"');
      await dialog.getByText('政策参数的取值无效').first().waitFor();
      await addPeriod(page, '2025-07-01', '75000', '2025年7月起城市低保标准调整为每人每月750元');
      await dialog.getByText('已新增期间').waitFor();
      await dialog.getByTestId('policy-history').getByRole('row', { name: /2025-07-01[\s\S]*¥750\.00[\s\S]*每人每月750元/ }).waitFor();

      await addPeriod(page, '2025-08-01', '76000');
      await dialog.getByRole('alert').filter({ hasText: '政策参数的有效期与已有期间重叠' }).waitFor();
      expect(await dialog.getByTestId('policy-history').getByRole('row').count()).toBe(4);

      await dialog.getByRole('button', { name: /关闭|Close/ }).click();
      await dialog.waitFor({ state: 'hidden' });
      await standardRow(page).filter({ hasText: '2025-07-01 起：¥750.00' }).waitFor();
      expect(await standardRow(page).innerText()).toContain('2024-07-01 至 2025-06-30');
      await docScreenshot(page, 'policy-parameters');
      expect(errors).toEqual([]);
    }));

  it('an operator reads the figures and their history but is offered no change', () =>
    scenario('policy-operator', async ({ page, errors }) => {
      await loginAndWait(page, OPERATOR.username, OPERATOR_PASSWORD);
      await openStandard(page);
      await page.getByRole('dialog').getByText('只有系统管理员可以修改政策参数。').waitFor();
      expect(await page.getByTestId('policy-add-form').count()).toBe(0);
      expect(await page.getByTestId('policy-end-form').count()).toBe(0);
      expect(errors).toEqual([]);
    }));
});
