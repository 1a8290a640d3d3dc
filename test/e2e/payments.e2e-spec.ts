// 发放名册 and 一卡通代发 as the bureau's officials use them, against the real console, elderly-care
// and payments. August's high-age allowance payroll is run by one approver and approved by another
// (the maker is refused, and so is an approver of another district); its lines reach payments,
// where one finance officer assembles the batch and a second releases it (the assembler is
// refused), the bank file is downloaded, the bank's return file is posted (first with a wrong
// trailer, refused whole with its line and field, then as it should be, with one line failed), and
// the month reconciles. The elder without an account waits on 暂缓明细; the failed line shows on the
// batch, in the reconciliation and on the payroll. Everyone's services live on 20 September 2024.
import type { Browser } from 'playwright-core';
import { card, rcbReturnFile } from '../../apps/payments/test/bank-samples';
import { residentId } from '../support/resident-ids';
import { docScreenshot, launchBrowser, openTab, screenshotOnFailure, type Tab } from './support/browser';
import { apiLogin } from './support/console-api';
import { ConsoleCaller, readyUser } from './support/console-seed';
import { startConsoleStack, type DatedConsoleStack } from './support/console-stack';
import { loginAndWait } from './support/console-ui';
import { isolateFile } from './support/isolation';
import { addSampleBanks, approvalArrived, confirmedAccount, eldersWithAllowance, linesSent, outcomesReached, type SentLine } from './support/payments-setup';
import { confirmed, openMonth, payrollStatusIs, postReturnFile, refusedWith } from './support/payments-ui';

const MONTH = '2024-08';
const WANG = { residentId: residentId('110105', '19400301', 21), name: '王秀英', region: '110105' };
const LI = { residentId: residentId('110105', '19390601', 22), name: '李桂兰', region: '110105' };
const ZHANG = { residentId: residentId('110105', '19410915', 23), name: '张淑珍', region: '110105' };
const BANK = '市农村商业银行（示例）（RCB）';

interface Official {
  username: string;
  displayName: string;
  roles: string[];
  division: string;
  password?: string;
}

const MAKER: Official = { username: 'wu.min', displayName: '吴敏', roles: ['approver'], division: '110100' };
const CHECKER: Official = { username: 'chen.jing', displayName: '陈静', roles: ['approver'], division: '110100' };
const OTHER_DISTRICT: Official = { username: 'zhao.lei', displayName: '赵磊', roles: ['approver'], division: '110108' };
const FINANCE_A: Official = { username: 'qian.li', displayName: '钱丽', roles: ['finance'], division: '110100' };
const FINANCE_B: Official = { username: 'sun.hui', displayName: '孙慧', roles: ['finance'], division: '110100' };

describe('发放名册 and 一卡通代发 (e2e)', () => {
  let stack: DatedConsoleStack;
  let browser: Browser;
  let release: (() => Promise<void>) | undefined;
  const tabs: Tab[] = [];

  async function as(official: Official): Promise<Tab['page']> {
    const opened = await openTab(browser, stack.url);
    tabs.push(opened);
    await loginAndWait(opened.page, official.username, official.password ?? '');
    return opened.page;
  }

  const caller = (official: Official) => ConsoleCaller.login(stack.url, official.username, official.password ?? '');

  beforeAll(async () => {
    release = isolateFile('payments');
    stack = await startConsoleStack({ services: ['elderly-care', 'payments'], clock: { day: '2024-09-20' }, referenceData: true });
    browser = await launchBrowser();
    const adminSession = await apiLogin(stack.url, stack.admin.username, stack.admin.password);
    for (const official of [MAKER, CHECKER, OTHER_DISTRICT, FINANCE_A, FINANCE_B]) official.password = await readyUser(stack.url, adminSession, official);
    const admin = await ConsoleCaller.login(stack.url, stack.admin.username, stack.admin.password);
    await addSampleBanks(admin);
    await eldersWithAllowance(admin, [WANG, LI, ZHANG], MONTH);
    // 张淑珍 has no account yet: her line is held until one is confirmed.
    const [proposer, checker] = [await caller(MAKER), await caller(CHECKER)];
    await confirmedAccount(proposer, checker, { residentId: WANG.residentId, holderName: WANG.name, accountNumber: card(21), divisionCode: '110105001' });
    await confirmedAccount(proposer, checker, { residentId: LI.residentId, holderName: LI.name, accountNumber: card(22), divisionCode: '110105001' });
  });

  afterEach(async () => {
    for (const opened of tabs) await opened.context.close();
    tabs.length = 0;
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
    await release?.();
  });

  async function scenario(name: string, steps: () => Promise<void>): Promise<void> {
    try {
      await steps();
      expect(tabs.flatMap((t) => t.errors)).toEqual([]);
    } catch (err) {
      for (const [i, opened] of tabs.entries()) await screenshotOnFailure(opened, `payments-${name}-${i}`);
      throw err;
    }
  }

  it('runs August’s payroll as one approver and approves it as another; the maker and another district are refused', () =>
    scenario('payroll', async () => {
      const maker = await as(MAKER);
      await openMonth(maker, '发放名册', MONTH);
      await maker.getByText('该月名册尚未生成').waitFor();
      await maker.getByRole('button', { name: '生成名册' }).click();
      await payrollStatusIs(maker, '已生成，待审批');
      await maker.getByText(/共 [1-9]\d* 条/).waitFor();
      await confirmed(maker, '审批通过');
      await refusedWith(maker, '生成发放名册的人员不能审批该名册');

      const outsider = await as(OTHER_DISTRICT);
      await openMonth(outsider, '发放名册', MONTH);
      await confirmed(outsider, '审批通过');
      await refusedWith(outsider, '该记录不在您所辖的行政区划内');
      await payrollStatusIs(outsider, '已生成，待审批');

      const checker = await as(CHECKER);
      await openMonth(checker, '发放名册', MONTH);
      await confirmed(checker, '审批通过');
      await payrollStatusIs(checker, '已审批，已交一卡通代发');
      await checker.getByTestId('payroll-summary').getByText(/吴敏|wu\.min/).waitFor();
      await docScreenshot(checker, 'payroll');
    }));

  let batchNo = '';
  let sent: SentLine[] = [];

  it('assembles the batch as one finance officer and releases it as another, who downloads the bank file', () =>
    scenario('batch', async () => {
      await approvalArrived(await caller(FINANCE_A), MONTH);
      const officerA = await as(FINANCE_A);
      await openMonth(officerA, '一卡通代发', MONTH);
      await confirmed(officerA, '组批');
      // 张淑珍's lines (this month and the back months of the look-back window) wait for her account.
      const assembled = await officerA.getByText(/^已组成 1 个批次，暂缓 [1-9]\d* 笔$/).innerText();
      const held = Number(/暂缓 (\d+) 笔/.exec(assembled)?.[1]);
      const row = officerA.getByRole('row').filter({ hasText: 'RCB' });
      batchNo = (await row.getByRole('link').innerText()).trim();
      expect(batchNo).toBe('RCB202408001');
      await row.getByText('已组批，待发放').waitFor();

      await officerA.getByRole('tab', { name: '暂缓明细' }).click();
      await officerA.getByText(`共 ${held} 条`).waitFor();
      expect((await officerA.getByRole('row').filter({ hasText: '无收款账户' }).first().innerText()).replace(/\s+/g, ' ')).toMatch(/^110\*{11}\d{3}[\dX] 高龄津贴 \d{4}年\d{1,2}月 ¥50\.00 无收款账户/);
      await officerA.getByRole('tab', { name: '代发批次' }).click();
      await officerA.getByRole('link', { name: batchNo }).click();
      await confirmed(officerA, '发放');
      await refusedWith(officerA, '组批人不能发放自己组的批次，须由另一名财务人员发放');

      const officerB = await as(FINANCE_B);
      await officerB.goto(new URL(officerA.url()).pathname);
      await officerB.getByText(`代发批次 ${batchNo}`).waitFor();
      await confirmed(officerB, '发放');
      await officerB.getByText('已发放，待回盘').waitFor();
      const [download] = await Promise.all([officerB.waitForEvent('download'), officerB.getByRole('button', { name: '下载银行文件' }).click()]);
      expect(download.suggestedFilename()).toBe(`HMHN_${batchNo}_20240920.txt`);
      const file = await download.createReadStream().then(async (stream) => {
        const parts: Buffer[] = [];
        for await (const part of stream) parts.push(part as Buffer);
        return Buffer.concat(parts).toString('latin1');
      });
      sent = await linesSent(await caller(FINANCE_B), new URL(officerB.url()).pathname.split('/').pop() ?? '');
      // Header, one line per payment, trailer; the bank gets the accounts in full, not masked.
      expect([file.split('\r\n').filter(Boolean).length, file.includes(card(21)), file.includes(card(22))]).toEqual([sent.length + 2, true, true]);
    }));

  it('refuses a return file with a wrong trailer, takes the bank’s file with one failure, and the month reconciles', () =>
    scenario('returns', async () => {
      const [failed, ...paid] = sent;
      const entries = [{ ...failed, status: 'FAILED' as const, reasonCode: 'E001', message: 'ACCOUNT CLOSED' }, ...paid.map((line) => ({ ...line, status: 'PAID' as const }))];
      const totalFen = sent.reduce((n, line) => n + line.amountFen, 0);
      const officerB = await as(FINANCE_B);
      await openMonth(officerB, '一卡通代发', MONTH);
      await postReturnFile(officerB, BANK, { name: 'RCB_RETURN_bad.txt', bytes: rcbReturnFile('2024-09-21', entries, { count: entries.length + 1, totalFen }) });
      await refusedWith(officerB, '回盘文件尾部笔数或金额与明细不符，整个文件未处理');
      const fault = officerB.getByRole('row').filter({ hasText: '尾部笔数' });
      expect((await fault.innerText()).replace(/\s+/g, ' ')).toContain(`${entries.length + 2} 尾部笔数 尾部笔数与明细笔数不符`);

      await postReturnFile(officerB, BANK, { name: 'RCB_RETURN.txt', bytes: rcbReturnFile('2024-09-21', entries) });
      await officerB.getByText('回盘已导入').waitFor();
      const report = (await officerB.getByTestId('return-report').innerText()).replace(/\s+/g, ' ');
      expect([report.includes(`入账 ${paid.length} 笔`), report.includes('失败 1 笔')]).toEqual([true, true]);

      await officerB.getByRole('tab', { name: '代发批次' }).click();
      await officerB.getByRole('link', { name: batchNo }).click();
      const failedRow = officerB.getByRole('row').filter({ hasText: failed.reference });
      expect((await failedRow.innerText()).replace(/\s+/g, ' ')).toMatch(/失败 账户已销户 ACCOUNT CLOSED/);

      await officerB.getByRole('link', { name: '返回批次列表' }).click();
      await officerB.getByRole('tab', { name: '对账' }).click();
      await officerB.getByTestId('reconciliation-verdict').filter({ hasText: '已平衡' }).waitFor();
      await officerB.getByRole('row').filter({ hasText: failed.reference }).filter({ hasText: '账户已销户' }).waitFor();
      const heldRows = await officerB.getByRole('row').filter({ hasText: '暂缓（无可用账户）' }).count();
      await officerB.getByText(`未入账的明细（显示 ${heldRows + 1} 笔，共 ${heldRows + 1} 笔）`).waitFor();
      expect(heldRows).toBeGreaterThan(0);
      // approved = paid + failed + pending + held (+ awaiting + refused), for the programme and in total.
      const total = (await officerB.getByRole('row').filter({ hasText: '合计' }).innerText()).replace(/\s+/g, ' ');
      expect(total).toMatch(new RegExp(`^合计 ${sent.length + heldRows} 笔 / \\S+ ${paid.length} 笔 / \\S+ 1 笔 / ¥50\\.00 0 笔 / ¥0\\.00 ${heldRows} 笔 / \\S+ 0 笔 / ¥0\\.00 0 笔 / ¥0\\.00 0 笔 / ¥0\\.00$`));
      await docScreenshot(officerB, 'payments-reconciliation');
    }));

  it('shows the bank’s outcome on each payroll line once payments reported it', () =>
    scenario('outcomes', async () => {
      await outcomesReached(await caller(CHECKER), MONTH, sent.length);
      const checker = await as(CHECKER);
      // Every line on one page: the failed one may be anywhere in the payroll.
      await checker.goto(`/payroll?month=${MONTH}&pageSize=100`);
      await checker.getByTestId('payroll-summary').getByText(/银行退回失败/).waitFor();
      expect(await checker.getByTestId('payroll-summary').innerText()).toMatch(/银行退回失败\s*1 笔/);
      await checker.getByRole('row').filter({ hasText: '账户已销户' }).getByText('失败').waitFor();
      expect(await checker.getByRole('row').filter({ has: checker.getByText('已入账', { exact: true }) }).count()).toBe(sent.length - 1);
    }));
});
