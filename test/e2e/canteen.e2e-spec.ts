// 助餐 end to end: a canteen with its funding, diners and August's meals (set up through the
// canteen service's API). A clerk who also approves looks at the canteen and the day's meals,
// registers and finds a diner, runs August's settlement, disputes a line and is refused approving
// the settlement they opened; a second approver rejects the disputed line and approves. A clerk of
// another district sees none of it and is refused the canteen itself.
import type { Browser } from 'playwright-core';
import { residentId } from '../support/resident-ids';
import { closeFile, docScreenshot, inNewTab, launchBrowser, submitButton, type Tab } from './support/browser';
import { CANTEEN_NAME, CANTEEN_OPENED_ON, MEAL_DAY, setUpCanteen, type CanteenSetup } from './support/canteen-setup';
import { approveSettlement, lineRow, runSettlement, typeDate } from './support/canteen-ui';
import { choose } from './support/assistance-ui';
import { apiLogin } from './support/console-api';
import { startConsoleStack, type ConsoleStack } from './support/console-stack';
import { loginAndWait } from './support/console-ui';
import { apiReadyUser } from './support/console-users';

const CLERK = { username: 'li.zhucan', displayName: '李助餐', roles: ['operator', 'approver'], division: '110105' };
const CLERK_PASSWORD = 'Li-Zhucan-2024-minzheng';
const APPROVER = { username: 'wang.shenpi', displayName: '王审批', roles: ['approver'], division: '110105' };
const APPROVER_PASSWORD = 'Wang-Shenpi-2024-minzheng';
const OUTSIDER = { username: 'zhao.haidian', displayName: '赵海淀', roles: ['operator', 'approver'], division: '110108' };
const OUTSIDER_PASSWORD = 'Zhao-Haidian-2024-minzheng';

/** '110105194003030011' -> '110***********0011', as the services mask it. */
const masked = (id: string): string => `${id.slice(0, 3)}${'*'.repeat(11)}${id.slice(-4)}`;

describe('助餐 (e2e)', () => {
  let stack: ConsoleStack;
  let browser: Browser;
  let setup: CanteenSetup;
  const tabs: Tab[] = [];

  beforeAll(async () => {
    stack = await startConsoleStack({ services: ['canteen'], referenceData: true });
    if (!stack.platform) throw new Error('this scenario sets its data up through the canteen service: it needs the stack’s own services, not E2E_CONSOLE_URL');
    setup = await setUpCanteen(stack.platform, 81);
    const admin = await apiLogin(stack.url, stack.admin.username, stack.admin.password);
    await apiReadyUser(stack.url, admin, CLERK, CLERK_PASSWORD);
    await apiReadyUser(stack.url, admin, APPROVER, APPROVER_PASSWORD);
    await apiReadyUser(stack.url, admin, OUTSIDER, OUTSIDER_PASSWORD);
    browser = await launchBrowser();
  }, 600_000);

  afterAll(() => closeFile(tabs, browser, stack));

  const scenario = (name: string, steps: (tab: Tab) => Promise<void>): Promise<void> => inNewTab(browser, stack.url, tabs, name, steps);

  it('a clerk reads the canteen and its day, registers and finds a diner, runs August’s settlement and disputes a line; the clerk is refused approving it, a second approver rejects the line and approves', async () => {
    await scenario('canteen-clerk', async ({ page, errors }) => {
      await loginAndWait(page, CLERK.username, CLERK_PASSWORD);
      expect(await page.getByRole('menuitem').allInnerTexts()).toEqual(expect.arrayContaining(['助餐点', '助餐对象', '助餐结算']));

      await page.getByRole('menuitem', { name: '助餐点' }).click();
      await page.getByTestId('canteen-list').getByRole('link', { name: CANTEEN_NAME }).click();
      const details = page.getByTestId('canteen-details');
      await details.waitFor();
      expect(await details.innerText()).toMatch(/运营模式\s*委托运营/);
      expect(await details.innerText()).toMatch(new RegExp(`开办日期\\s*${CANTEEN_OPENED_ON}`));
      await page.getByTestId('canteen-funding').getByText('¥200,000.00', { exact: true }).first().waitFor();
      expect(await page.getByTestId('canteen-funding').innerText()).toContain('建设补贴');

      await typeDate(page, '就餐日期', MEAL_DAY);
      const meals = page.getByTestId('day-meals');
      await meals.getByText('当日共 3 人次').waitFor();
      const rows = await meals.locator('tbody tr.ant-table-row').allInnerTexts();
      expect(rows[0]).toMatch(/2024-08-05 11:40.*李\*兰.*80–89 岁.*¥3\.00.*补贴/s);
      expect(rows[0]).toContain(masked(setup.elder.residentId));
      expect(rows[1]).toMatch(/赵\*明.*60–79 岁.*¥2\.00/s);
      expect(rows[2]).toMatch(/赵\*明.*¥0\.00.*该餐次已享受补贴，全价/s);
      expect(rows.join('\n')).not.toContain(setup.elder.residentId);
      await docScreenshot(page, 'canteen-day-meals');

      await page.getByRole('menuitem', { name: '助餐对象' }).click();
      const newcomer = residentId('110105', '19380505', 81);
      await page.getByLabel('身份证号码').fill(newcomer);
      await page.getByLabel('姓名', { exact: true }).fill('钱秀珍');
      await page.getByLabel('就餐卡号').fill('E2E-C-3');
      await choose(page, page.getByLabel('登记助餐点'), CANTEEN_NAME);
      await page.getByRole('radio', { name: '已核实为本地户籍' }).check();
      await submitButton(page, '登记').click();
      const registered = page.getByTestId('diner-registered');
      await registered.waitFor();
      expect(await registered.innerText()).toContain(masked(newcomer));
      // The same card again: the service's refusal, in Chinese.
      await page.getByLabel('身份证号码').fill(residentId('110105', '19380606', 81));
      await page.getByLabel('姓名', { exact: true }).fill('孙秀英');
      await page.getByLabel('就餐卡号').fill('E2E-C-3');
      await choose(page, page.getByLabel('登记助餐点'), CANTEEN_NAME);
      await submitButton(page, '登记').click();
      await page.getByRole('alert').filter({ hasText: '该就餐卡已被他人使用' }).waitFor();

      await page.getByLabel('按姓名查询').fill('钱秀');
      await page.getByRole('button', { name: '查询' }).click();
      await page.getByTestId('diner-results').getByRole('button', { name: '查看' }).click();
      const diner = page.getByTestId('diner-details');
      await diner.waitFor();
      expect(await diner.innerText()).toMatch(/本地户籍\s*已核实为本地户籍/);

      await runSettlement(page, '2024-08', CANTEEN_NAME);
      const summary = page.getByTestId('settlement-summary');
      expect(await summary.innerText()).toMatch(/补贴人次\s*3/);
      expect(await summary.innerText()).toContain('¥8.00');
      expect(await summary.innerText()).toContain(CLERK.username);
      await lineRow(page, '赵*明').waitFor();
      expect(await page.getByTestId('settlement-lines').locator('tbody tr.ant-table-row').count()).toBe(3);

      await lineRow(page, '赵*明').getByRole('button', { name: '提出争议' }).click();
      const dialog = page.getByRole('dialog', { name: '对该明细提出争议' });
      await dialog.getByLabel('争议原因').fill('签到表无此人当日午餐记录');
      await dialog.getByRole('button', { name: '提出争议' }).click();
      await lineRow(page, '争议中').waitFor();
      expect(await lineRow(page, '赵*明').innerText()).toContain('签到表无此人当日午餐记录');

      // Maker and checker: the clerk holds the approver role, yet may not approve what they opened.
      await approveSettlement(page);
      const refusal = page.getByRole('alert').filter({ hasText: '结算的制作人不能审批该结算' });
      await refusal.waitFor();
      expect(await refusal.innerText()).toContain('SETTLEMENT.SAME_PERSON_APPROVAL');
      expect(await summary.innerText()).toContain('待审批');
      expect(errors).toEqual([]);
    });

    await scenario('canteen-approver', async ({ page, errors }) => {
      await loginAndWait(page, APPROVER.username, APPROVER_PASSWORD);
      await page.getByRole('menuitem', { name: '助餐结算' }).click();
      await typeDate(page, '结算月份', '2024-08');
      const list = page.getByTestId('settlement-list');
      await list.getByRole('link', { name: CANTEEN_NAME }).click();
      const summary = page.getByTestId('settlement-summary');
      await summary.waitFor();
      expect(await summary.innerText()).toMatch(/争议\s*1/);
      await lineRow(page, '争议中').getByRole('button', { name: '剔除' }).click();
      await lineRow(page, '已剔除').waitFor();
      await approveSettlement(page);
      await summary.getByText('已审批').waitFor();
      expect(await summary.innerText()).toMatch(/补贴人次\s*2/);
      expect(await summary.innerText()).toContain('¥6.00');
      expect(await summary.innerText()).toContain(APPROVER.username);
      expect(await page.getByRole('button', { name: '提出争议' }).count()).toBe(0);
      await docScreenshot(page, 'canteen-settlement');
      expect(errors).toEqual([]);
    });
  });

  it('a clerk of another district sees none of the canteen’s data and is refused the canteen itself', () =>
    scenario('canteen-outsider', async ({ page, errors }) => {
      await loginAndWait(page, OUTSIDER.username, OUTSIDER_PASSWORD);
      await page.getByRole('menuitem', { name: '助餐点' }).click();
      await page.getByTestId('canteen-list').getByText('暂无数据').waitFor();
      await page.getByRole('menuitem', { name: '助餐结算' }).click();
      await typeDate(page, '结算月份', '2024-08');
      await page.getByTestId('settlement-list').getByText('该月暂无结算').waitFor();
      // A link to the canteen's page, passed on: the service refuses the canteen outside the division, and the page shows nothing of it.
      await page.goto(`/canteens/${setup.canteenId}?date=${MEAL_DAY}`);
      const refusal = page.getByRole('alert').filter({ hasText: '该记录不在您所辖的行政区划内' });
      await refusal.waitFor();
      expect(await refusal.innerText()).toContain('AUTH.OUTSIDE_DIVISION');
      expect(await page.getByTestId('canteen-details').count()).toBe(0);
      expect(await page.getByTestId('day-meals').count()).toBe(0);
      expect(errors).toEqual([]);
    }));
});
