// 收款账户 end to end, against the real console and payments. A finance officer looks a payee up
// (by a POST search, never a URL), changes the account with its evidence and is refused when
// confirming the change; a second officer confirms it from the proposals awaiting and, with a
// reason, sees the new account in full. A CSV import gets a verdict per line; its importer is
// refused the confirmation and the second officer confirms the batch. An officer of another
// district finds none of the payee's accounts.
import type { Browser, Page } from 'playwright-core';
import { card } from '../../apps/payments/test/bank-samples';
import { residentId } from '../support/resident-ids';
import { choose } from './support/assistance-ui';
import { closeFile, confirmPopup, docScreenshot, inNewTab, launchBrowser, submitButton, type Tab } from './support/browser';
import { apiLogin } from './support/console-api';
import { ConsoleCaller } from './support/console-seed';
import { startConsoleStack, type ConsoleStack } from './support/console-stack';
import { loginAndWait } from './support/console-ui';
import { apiReadyUser } from './support/console-users';
import { addSampleBanks, confirmedAccount } from './support/payments-setup';
import { confirmed, refusedWith } from './support/payments-ui';

const MAKER = { username: 'qian.zhanghu', displayName: '钱账户', roles: ['finance'], division: '110105' };
const CHECKER = { username: 'sun.fuhe', displayName: '孙复核', roles: ['finance', 'unmask'], division: '110105' };
const OTHER_DISTRICT = { username: 'li.haidian', displayName: '李海淀', roles: ['finance'], division: '110108' };
const PASSWORDS = { maker: 'Qian-Zhanghu-2024-minzheng', checker: 'Sun-Fuhe-2024-minzheng', other: 'Li-Haidian-2024-minzheng' };
const WANG = residentId('110105', '19400301', 41);
const LI = residentId('110105', '19390601', 42);
const ZHAO = residentId('110108', '19410915', 43);
const BANK = '市农村商业银行（示例）（RCB）';
const HEADER = 'payeeKind,residentId,organisationId,organisationName,divisionCode,bankCode,accountNumber,holderName,evidenceNote,evidenceReference';
const wrongCheckDigit = (n: number): string => `${card(n).slice(0, 18)}${(Number(card(n)[18]) + 1) % 10}`;

describe('收款账户 (e2e)', () => {
  let stack: ConsoleStack;
  let browser: Browser;
  const tabs: Tab[] = [];

  beforeAll(async () => {
    stack = await startConsoleStack({ services: ['payments'], clock: { day: '2024-08-20' }, referenceData: true });
    const admin = await apiLogin(stack.url, stack.admin.username, stack.admin.password);
    await apiReadyUser(stack.url, admin, MAKER, PASSWORDS.maker);
    await apiReadyUser(stack.url, admin, CHECKER, PASSWORDS.checker);
    await apiReadyUser(stack.url, admin, OTHER_DISTRICT, PASSWORDS.other);
    await addSampleBanks(await ConsoleCaller.login(stack.url, stack.admin.username, stack.admin.password));
    const [maker, checker] = [await ConsoleCaller.login(stack.url, MAKER.username, PASSWORDS.maker), await ConsoleCaller.login(stack.url, CHECKER.username, PASSWORDS.checker)];
    await confirmedAccount(maker, checker, { residentId: WANG, holderName: '王秀英', accountNumber: card(41), divisionCode: '110105001' });
    browser = await launchBrowser();
  }, 600_000);

  afterAll(() => closeFile(tabs, browser, stack));

  const scenario = (name: string, steps: (tab: Tab) => Promise<void>): Promise<void> => inNewTab(browser, stack.url, tabs, name, steps);
  const history = (page: Page) => page.getByTestId('payee-account-history');

  async function searchPayee(page: Page, id: string): Promise<void> {
    await page.getByRole('menuitem', { name: '收款账户' }).click();
    await page.getByLabel('身份证号').fill(id);
    await submitButton(page, '查询').click();
  }

  it('changes an account with its evidence; the proposer is refused, a second officer confirms it and sees it in full with a reason', () =>
    scenario('payee-account-change', async ({ page, errors }) => {
      await loginAndWait(page, MAKER.username, PASSWORDS.maker);
      await searchPayee(page, WANG);
      await history(page).getByRole('row').filter({ hasText: '现用' }).filter({ hasText: `6217${'*'.repeat(11)}${card(41).slice(-4)}` }).waitFor();
      expect(page.url()).not.toContain(WANG);
      await choose(page, page.getByLabel('开户银行'), BANK);
      await page.getByLabel('账号', { exact: true }).fill(card(44));
      await page.getByLabel('户名').fill('王秀英');
      await page.getByLabel('变更依据').fill('原卡挂失，本人持新卡和身份证到社区办理');
      await submitButton(page, '提交变更').click();
      const proposed = history(page).getByRole('row').filter({ hasText: '待确认' });
      await proposed.waitFor();
      await proposed.getByRole('button', { name: '确认生效' }).click();
      await confirmPopup(page);
      await refusedWith(page, '提出账户变更的人不能自己确认，须由另一人确认');
      expect(errors).toEqual([]);

      await inNewTab(browser, stack.url, tabs, 'payee-account-checker', async (checker) => {
        await loginAndWait(checker.page, CHECKER.username, PASSWORDS.checker);
        await checker.page.getByRole('menuitem', { name: '收款账户' }).click();
        await checker.page.getByRole('tab', { name: '待确认变更' }).click();
        const row = checker.page.getByTestId('payee-account-proposals').getByRole('row').filter({ hasText: 'qian.zhanghu' });
        await row.getByRole('button', { name: '确认生效' }).click();
        await confirmPopup(checker.page);
        await checker.page.getByTestId('payee-account-proposals').getByText('没有待确认的账户变更').waitFor();
        await checker.page.getByRole('tab', { name: '查询账户' }).click();
        await checker.page.getByLabel('身份证号').fill(WANG);
        await submitButton(checker.page, '查询').click();
        await history(checker.page).getByRole('row').filter({ hasText: '已被替换' }).waitFor();
        const current = history(checker.page).getByRole('row').filter({ hasText: '现用' });
        await current.getByRole('button', { name: '查看完整账号' }).click();
        await checker.page.getByLabel('查看理由').fill('核对银行退票：账号变更后复核');
        await checker.page.getByRole('button', { name: '确定查看' }).click();
        await checker.page.getByTestId('unmasked-account').getByText(card(44)).waitFor();
        await docScreenshot(checker.page, 'payee-account', { fullPage: false });
        expect(checker.errors).toEqual([]);
      });
    }));

  it('imports a CSV with a verdict per line; the importer is refused the confirmation, a second officer confirms the batch', () =>
    scenario('payee-account-import', async ({ page }) => {
      const line = (id: string, division: string, account: string) => `PERSON,${id},,,${division},RCB,${account},李桂兰,本人持存折到社区办理,SCAN-0820-${id.slice(-3)}`;
      const csv = [HEADER, line(LI, '110105001', card(42)), line(residentId('110105', '19380101', 45), '110105001', wrongCheckDigit(45)), line(ZHAO, '110108001', card(43))].join('\n');
      await loginAndWait(page, MAKER.username, PASSWORDS.maker);
      await page.getByRole('menuitem', { name: '账户批量导入' }).click();
      await page.locator('input[type=file]').setInputFiles({ name: 'accounts.csv', mimeType: 'text/csv', buffer: Buffer.from(`${csv}\n`) });
      await submitButton(page, '导入').click();
      await page.getByTestId('import-report').getByText('接受 1 行，拒绝 2 行').waitFor();
      const verdicts = (await page.getByTestId('import-verdicts').locator('tbody').innerText()).replace(/\s+/g, ' ').trim();
      expect(verdicts).toBe('3 拒绝 账号不符合该银行的规则 4 拒绝 不在您所辖的行政区划内');
      await confirmed(page, '确认本批导入');
      await refusedWith(page, '导入账户的人不能自己确认，须由另一人确认');
      await docScreenshot(page, 'payee-account-import');
      const batchUrl = new URL(page.url());

      await inNewTab(browser, stack.url, tabs, 'payee-account-import-checker', async (checker) => {
        await loginAndWait(checker.page, CHECKER.username, PASSWORDS.checker);
        await checker.page.goto(`${batchUrl.pathname}${batchUrl.search}`);
        await confirmed(checker.page, '确认本批导入');
        await checker.page.getByTestId('import-batch').getByText(/sun\.fuhe/).waitFor();
        await searchPayee(checker.page, LI);
        await history(checker.page).getByRole('row').filter({ hasText: '现用' }).filter({ hasText: card(42).slice(-4) }).waitFor();
      });
    }));

  it('shows an officer of another district none of the payee’s accounts', () =>
    scenario('payee-account-division', async ({ page }) => {
      await loginAndWait(page, OTHER_DISTRICT.username, PASSWORDS.other);
      await searchPayee(page, WANG);
      await history(page).getByText('本辖区没有该收款人的账户记录').waitFor();
      expect(await history(page).getByRole('row').filter({ hasText: '6217' }).count()).toBe(0);
      await page.getByRole('tab', { name: '待确认变更' }).click();
      await page.getByTestId('payee-account-proposals').getByText('没有待确认的账户变更').waitFor();
    }));
});
