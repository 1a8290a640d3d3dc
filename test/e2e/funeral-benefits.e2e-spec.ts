// 惠民殡葬 end to end: deaths recorded in two districts grant their funeral benefits. In
// 朝阳区 one approver records who receives a benefit and is refused when approving it; a second
// approver approves, and the bank's outcome shows on the benefit once payments reports it. An
// approver of 海淀区 does not see 朝阳区's benefits and is refused the benefit's page.
import type { Browser, Page } from 'playwright-core';
import { publishEvent } from '../support/service-under-test';
import { residentId } from '../support/resident-ids';
import { waitFor } from '../support/wait-for';
import { token, type Platform } from '../system/support/platform';
import { choose } from './support/assistance-ui';
import { closeFile, docScreenshot, inNewTab, launchBrowser, submitButton, type Tab } from './support/browser';
import { apiLogin } from './support/console-api';
import { startConsoleStack, type ConsoleStack } from './support/console-stack';
import { loginAndWait } from './support/console-ui';
import { apiReadyUser } from './support/console-users';
import { confirmed, refusedWith } from './support/payments-ui';

const MAKER = { username: 'sun.binzang', displayName: '孙殡葬', roles: ['approver'], division: '110105' };
const CHECKER = { username: 'zhou.shenpi', displayName: '周审批', roles: ['approver'], division: '110105' };
const OTHER_DISTRICT = { username: 'wu.haidian', displayName: '吴海淀', roles: ['approver'], division: '110108' };
const PASSWORDS = { maker: 'Sun-Binzang-2024-minzheng', checker: 'Zhou-Shenpi-2024-minzheng', other: 'Wu-Haidian-2024-minzheng' };
const DECEASED = residentId('110105', '19400101', 501);
const SON = residentId('110105', '19700315', 503);
const READER = token(['operator'], 'e2e-reader', '110105');

/** A death recorded through the service in a district; its benefit is granted from the death event. */
async function recordDeath(platform: Platform, id: string, name: string, division: string): Promise<void> {
  const death = { residentId: id, name, ethnicity: 'HAN', dateOfDeath: '2024-07-10', placeOfDeath: '家中', disposal: 'CREMATION', source: 'VILLAGE' };
  await platform.http('civil-registration').post('/api/v1/deaths').set('Authorization', token(['operator'], 'e2e-clerk', division)).send(death).expect(201);
}

async function ledgerTotal(platform: Platform, division: string): Promise<number> {
  const res = await platform.http('civil-registration').get('/api/v1/funeral-benefits/ledger').set('Authorization', token(['operator'], 'e2e-reader', division)).expect(200);
  return res.body.total as number;
}

/** The bank paid the benefit's line: payments reports it as it does after a return file. */
async function bankPaid(platform: Platform, benefitId: string): Promise<void> {
  const benefit = await platform.http('civil-registration').get(`/api/v1/funeral-benefits/${benefitId}`).set('Authorization', READER).expect(200);
  const [line] = benefit.body.payments as Array<{ lineId: string; month: string; amountFen: number }>;
  await publishEvent(
    'payments.line.paid.v1',
    { batchId: '7c1a2b3c-0000-4000-8000-000000000011', returnFileId: '7c1a2b3c-0000-4000-8000-000000000012', ownerService: 'civil-registration', paidOn: '2024-07-25', lines: [{ lineId: line.lineId, programme: 'FUNERAL_BENEFIT', period: line.month, amountFen: line.amountFen }] },
    line.lineId,
  );
}

describe('惠民殡葬 (e2e)', () => {
  let stack: ConsoleStack;
  let browser: Browser;
  let benefitPath = '';
  const tabs: Tab[] = [];

  beforeAll(async () => {
    stack = await startConsoleStack({ services: ['civil-registration'], clock: { day: '2024-07-20' }, referenceData: true });
    if (!stack.platform) throw new Error('this scenario sets its data up through the service: it needs the stack’s own services');
    const platform = stack.platform;
    const admin = await apiLogin(stack.url, stack.admin.username, stack.admin.password);
    await apiReadyUser(stack.url, admin, MAKER, PASSWORDS.maker);
    await apiReadyUser(stack.url, admin, CHECKER, PASSWORDS.checker);
    await apiReadyUser(stack.url, admin, OTHER_DISTRICT, PASSWORDS.other);
    await recordDeath(platform, DECEASED, '李建国', '110105');
    await recordDeath(platform, residentId('110105', '19380202', 502), '王秀兰', '110105');
    await recordDeath(platform, residentId('110108', '19420303', 504), '赵德明', '110108');
    await waitFor('the benefits granted', async () => (await ledgerTotal(platform, '110105')) === 2 && (await ledgerTotal(platform, '110108')) === 1, 30_000);
    browser = await launchBrowser();
  }, 600_000);

  afterAll(() => closeFile(tabs, browser, stack));

  const scenario = (name: string, steps: (tab: Tab) => Promise<void>): Promise<void> => inNewTab(browser, stack.url, tabs, name, steps);
  const row = (page: Page, name: string) => page.getByTestId('funeral-benefit-list').getByRole('row').filter({ hasText: name });

  it('one approver records the claimant and is refused the approval; a second approves and the bank’s payment shows', () =>
    scenario('funeral-four-eyes', async ({ page, errors }) => {
      await loginAndWait(page, MAKER.username, PASSWORDS.maker);
      await page.getByRole('menuitem', { name: '惠民殡葬' }).click();
      await page.getByText('共 2 条').waitFor();
      expect((await row(page, '李*国').innerText()).replace(/\s+/g, ' ')).toMatch(/^李\*国 110\*{11}\d{3}[\dX] 2024-07-10 2024-07-20 基本丧葬补助 ¥\S+ 已核定，待登记领取人 — 未发放$/);
      await row(page, '李*国').getByRole('link', { name: '李*国' }).click();
      await page.getByLabel('领取人身份证号').fill(SON);
      await page.getByLabel('领取人姓名').fill('李明');
      await choose(page, page.getByLabel('与逝者关系'), '子女');
      await submitButton(page, '保存领取人').click();
      await page.getByTestId('funeral-benefit-facts').getByText('已登记领取人，待审批').waitFor();
      await confirmed(page, '审批发放');
      await refusedWith(page, '登记领取人的人员不能审批该补贴的发放');
      benefitPath = new URL(page.url()).pathname;

      await inNewTab(browser, stack.url, tabs, 'funeral-checker', async (tab) => {
        await loginAndWait(tab.page, CHECKER.username, PASSWORDS.checker);
        await tab.page.goto(benefitPath);
        await confirmed(tab.page, '审批发放');
        await tab.page.getByTestId('funeral-benefit-facts').getByText('已审批，交一卡通代发').waitFor();
        await tab.page.getByRole('row').filter({ hasText: '补助发放' }).getByText('待银行回盘').waitFor();
        expect(tab.errors).toEqual([]);
      });
      await bankPaid(stack.platform!, benefitPath.split('/').pop() ?? '');
      await page.goto('/funeral-benefits?status=APPROVED');
      await row(page, '李*国').getByText('已入账').waitFor({ timeout: 30_000 });
      await page.getByText('共 1 条').waitFor();
      await docScreenshot(page, 'funeral-benefits');
      expect(errors).toEqual([]);
    }));

  it('another district’s approver sees none of the benefits and is refused the benefit’s page', () =>
    scenario('funeral-division', async ({ page }) => {
      await loginAndWait(page, OTHER_DISTRICT.username, PASSWORDS.other);
      await page.getByRole('menuitem', { name: '惠民殡葬' }).click();
      await page.getByText('共 1 条').waitFor();
      expect(await row(page, '李*国').count()).toBe(0);
      await row(page, '赵*明').waitFor();
      await page.goto(benefitPath);
      await refusedWith(page, '该记录不在您所辖的行政区划内');
    }));
});
