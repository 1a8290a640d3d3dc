// What happens to a household and its cases after approval, as caseworkers and approvers do it in
// the console against the real social-assistance: 收入变更 and 资产变更 with the reassessment the
// service answers, 暂停 / 恢复 / 终止 of a 低保 case, 终止 of a 特困 case reached from the
// household's own case list, the school re-check of a 特困 person admitted as a minor, and the
// reasons of DIBAO.NOT_ELIGIBLE and TEKUN.NOT_ELIGIBLE in Chinese.
//
// The service lives on a fixed clock (console-stack.ts `clock`) with the city's reference policy:
// the 低保 applications are posted on Monday 2 September 2024, their 7-day notice ends on the 9th,
// and from the 10th an approver decides them; every case pays from October 2024.
import type { Browser, Page } from 'playwright-core';
import { residentId } from '../support/resident-ids';
import { apiRegisterHousehold, apiReadyUser, apiSocialAssistance, type ReadyUser } from './support/assistance-api';
import { approve, caseStatusIs, choose } from './support/assistance-ui';
import { confirmPopup, docScreenshot, launchBrowser, openTab, screenshotOnFailure, type Tab } from './support/browser';
import { apiLogin, type ApiSession } from './support/console-api';
import { startConsoleStack, type DatedConsoleStack } from './support/console-stack';
import { loginAndWait } from './support/console-ui';
import { isolateFile } from './support/isolation';

const TOWNSHIP = '110105001';
const POSTED = '2024-09-02';
const AFTER_NOTICE = '2024-09-10';

const people = {
  // 低保 of two elderly (735 yuan standard, 10 % add-on each): income 250 yuan → ¥1,367.00 a month.
  incomeWife: residentId('110105', '19480101', 101),
  incomeHusband: residentId('110105', '19470202', 103),
  // 低保 of one, to suspend, resume and stop.
  paused: residentId('110105', '19600303', 105),
  // An income at the standard: not eligible when the approver decides.
  atStandard: residentId('110105', '19700404', 107),
  // A household with a 低保 application and a 特困 case of its elder.
  elder: residentId('110105', '19400505', 109),
  elderDaughter: residentId('110105', '19750606', 111),
  // Admitted to 特困 at 14: covered to 18, school re-checked on the 18th birthday, 2028-03-15.
  minor: residentId('110105', '20100315', 113),
  // Applies for 特困 with a son able to support him.
  supported: residentId('110105', '19380707', 115),
};

interface Setup {
  incomeHousehold: string;
  incomeCase: string;
  pausedCase: string;
  atStandardCase: string;
  elderHousehold: string;
  elderDibao: string;
  elderTekun: string;
  minorTekun: string;
  supportedHousehold: string;
}

describe('household changes and case decisions after approval (e2e)', () => {
  let stack: DatedConsoleStack;
  let browser: Browser;
  let release: (() => Promise<void>) | undefined;
  let clerk: ReadyUser;
  let approver: ReadyUser;
  let outsider: ReadyUser;
  const setup = {} as Setup;
  const tabs: Tab[] = [];

  async function tab(): Promise<Page> {
    const opened = await openTab(browser, stack.url);
    tabs.push(opened);
    return opened.page;
  }

  async function scenario(name: string, steps: () => Promise<void>): Promise<void> {
    try {
      await steps();
      expect(tabs.flatMap((t) => t.errors)).toEqual([]);
    } catch (err) {
      for (const [i, opened] of tabs.entries()) await screenshotOnFailure(opened, `changes-${name}-${i}`);
      throw err;
    }
  }

  beforeAll(async () => {
    release = isolateFile('changes');
    stack = await startConsoleStack({ services: ['social-assistance'], clock: { day: POSTED }, referenceData: true });
    browser = await launchBrowser();
    const admin: ApiSession = await apiLogin(stack.url, stack.admin.username, stack.admin.password);
    clerk = await apiReadyUser(stack.url, admin, { username: 'he.jing', displayName: '何静', roles: ['operator'], division: TOWNSHIP });
    approver = await apiReadyUser(stack.url, admin, { username: 'lu.shenpi', displayName: '陆审批', roles: ['approver'], division: TOWNSHIP });
    outsider = await apiReadyUser(stack.url, admin, { username: 'feng.shenpi', displayName: '冯审批', roles: ['approver'], division: '110105002' });
    const asClerk = await apiLogin(stack.url, clerk.username, clerk.password);
    const asApprover = await apiLogin(stack.url, approver.username, approver.password);
    const sa = <T>(session: ApiSession, path: string, body: unknown) => apiSocialAssistance<T>(stack.url, session, 'POST', path, body);
    const applyDibao = async (householdId: string) => {
      const { id } = await sa<{ id: string }>(asClerk, '/api/v1/dibao/applications', { householdId });
      await sa(asClerk, `/api/v1/dibao/applications/${id}/public-notice`, { investigation: '入户调查属实' });
      return id;
    };
    const applyTekun = async (householdId: string, person: string) => {
      const { id } = await sa<{ id: string }>(asClerk, '/api/v1/tekun/applications', { householdId, residentId: person, careForm: 'DISPERSED', unableActivities: 0, hasAbleSupporter: false });
      await sa(asApprover, `/api/v1/tekun/applications/${id}/approve`, undefined);
      return id;
    };
    const household = (members: Parameters<typeof apiRegisterHousehold>[3]) => apiRegisterHousehold(stack.url, asClerk, TOWNSHIP, members);

    setup.incomeHousehold = await household([
      { residentId: people.incomeWife, name: '孔秀兰', relation: 'APPLICANT', incomes: [{ source: 'PENSION', monthlyFen: 25000 }] },
      { residentId: people.incomeHusband, name: '孔德胜', relation: 'SPOUSE' },
    ]);
    setup.incomeCase = await applyDibao(setup.incomeHousehold);
    setup.pausedCase = await applyDibao(await household([{ residentId: people.paused, name: '严国强', relation: 'APPLICANT' }]));
    setup.atStandardCase = await applyDibao(await household([{ residentId: people.atStandard, name: '韩立新', relation: 'APPLICANT', incomes: [{ source: 'WAGES', monthlyFen: 73500 }] }]));
    setup.elderHousehold = await household([
      { residentId: people.elder, name: '钱福海', relation: 'APPLICANT' },
      { residentId: people.elderDaughter, name: '钱晓燕', relation: 'CHILD' },
    ]);
    setup.elderDibao = (await sa<{ id: string }>(asClerk, '/api/v1/dibao/applications', { householdId: setup.elderHousehold })).id;
    setup.elderTekun = await applyTekun(setup.elderHousehold, people.elder);
    setup.minorTekun = await applyTekun(await household([{ residentId: people.minor, name: '陶小雨', relation: 'APPLICANT' }]), people.minor);
    setup.supportedHousehold = await household([{ residentId: people.supported, name: '毛长贵', relation: 'APPLICANT' }]);

    // A week later the notices have ended: the approver decides.
    await stack.moveTo(AFTER_NOTICE);
    for (const id of [setup.incomeCase, setup.pausedCase]) await sa(asApprover, `/api/v1/dibao/applications/${id}/approve`, undefined);
  }, 600_000);

  afterEach(async () => {
    for (const opened of tabs) await opened.context.close();
    tabs.length = 0;
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
    await release?.();
  });

  it('收入变更 changes the 低保 amount from next month, and 资产变更 above the limit stops the case', () =>
    scenario('income', async () => {
      const page = await tab();
      await loginAndWait(page, clerk.username, clerk.password);
      await page.goto(`/households/${setup.incomeHousehold}`);
      await page.getByTestId('household-cases').getByRole('row').filter({ hasText: '低保' }).filter({ hasText: '已批准' }).waitFor();

      await page.getByRole('button', { name: '收入变更' }).click();
      const dialog = page.getByRole('dialog', { name: '成员收入变更' });
      // Checked before anything is sent: the ID of someone not in the household.
      await dialog.getByLabel('身份证号码').fill(people.paused);
      await dialog.getByRole('button', { name: '保存' }).click();
      await dialog.getByText('该身份证号码不是本户的在册成员').waitFor();
      await dialog.getByLabel('身份证号码').fill(people.incomeWife);
      await dialog.getByRole('button', { name: '添加收入' }).click();
      await choose(page, dialog.getByLabel('收入来源'), '养老金');
      await dialog.getByLabel('每月金额（元）').fill('400');
      await dialog.getByRole('button', { name: '保存' }).click();

      // (735 × 2 − 400) + 10 % of 735 for each (both elderly) = 1,217 yuan, from October.
      const result = page.getByTestId('change-result');
      await result.getByText('收入变更已登记').waitFor();
      expect(await result.getByTestId('reassessment-line').innerText()).toBe('继续保障，自2024年10月起月保障金额 ¥1,217.00');
      await docScreenshot(page, 'household-income-change');

      // The assets rise above 24 months of the standard per person: the case stops from October.
      await page.getByRole('button', { name: '资产变更' }).click();
      const assets = page.getByRole('dialog', { name: '家庭金融资产变更' });
      await assets.getByLabel('变更后的家庭金融资产（元）').fill('50000.5');
      await assets.getByRole('button', { name: '保存' }).click();
      await result.getByText('资产变更已登记，自2024年10月起按新的资产核定').waitFor();
      expect(await result.getByTestId('reassessment-line').innerText()).toBe('自2024年10月起停止保障（资产超过限额）');
      await page.getByTestId('household-cases').getByRole('row').filter({ hasText: '低保' }).filter({ hasText: '已终止' }).filter({ hasText: '2024年10月' }).waitFor();
    }));

  it('an approver suspends a 低保 case with a reason, resumes it, then stops it; another township’s approver is refused the case', () =>
    scenario('suspend', async () => {
      const other = await tab();
      await loginAndWait(other, outsider.username, outsider.password);
      await other.goto(`/dibao/cases/${setup.pausedCase}`);
      await other.getByRole('alert').filter({ hasText: '该记录不在您所辖的行政区划内' }).waitFor();

      const page = await tab();
      await loginAndWait(page, approver.username, approver.password);
      await page.goto(`/dibao/cases/${setup.pausedCase}`);
      await caseStatusIs(page, '已批准');
      const payment = page.getByTestId('payment-actions');

      await payment.getByRole('button', { name: '暂停发放' }).click();
      const suspend = page.getByRole('dialog', { name: '暂停发放' });
      await suspend.getByRole('button', { name: '确定暂停' }).click();
      await suspend.getByText('请输入暂停原因').waitFor();
      await suspend.getByLabel('暂停原因').fill('外出务工，待核实收入');
      await suspend.getByRole('button', { name: '确定暂停' }).click();
      await caseStatusIs(page, '已暂停');
      expect(await page.getByTestId('case-timeline').innerText()).toMatch(/暂停发放[\s\S]*原因：外出务工，待核实收入/);

      await payment.getByRole('button', { name: '恢复发放' }).click();
      await confirmPopup(page);
      await caseStatusIs(page, '享受中');

      await payment.getByRole('button', { name: '终止保障' }).click();
      const stop = page.getByRole('dialog', { name: '终止保障' });
      await stop.getByText('终止后不能恢复').waitFor();
      await stop.getByRole('button', { name: '确定终止' }).click();
      await stop.getByText('请选择终止原因').waitFor();
      await choose(page, stop.getByLabel('终止原因'), '迁出');
      await docScreenshot(page, 'dibao-stop', { fullPage: false });
      await stop.getByRole('button', { name: '确定终止' }).click();
      await caseStatusIs(page, '已终止');
      expect(await page.locator('.ant-descriptions').first().innerText()).toMatch(/停止发放月份\s*2024年10月/);
      expect(await page.getByTestId('case-timeline').innerText()).toMatch(/停止发放[\s\S]*原因：迁出/);
      expect(await page.getByTestId('payment-actions').count()).toBe(0);
    }));

  it('the household page lists its 低保 and 特困 cases; from there an approver stops the 特困 case from a month of their choosing', () =>
    scenario('tekun-stop', async () => {
      const page = await tab();
      await loginAndWait(page, approver.username, approver.password);
      await page.goto(`/households/${setup.elderHousehold}`);
      const cases = page.getByTestId('household-cases');
      const tekun = cases.getByRole('row').filter({ hasText: '特困供养' });
      await tekun.filter({ hasText: '已批准' }).filter({ hasText: '钱*海' }).waitFor();
      expect(await cases.getByRole('row').filter({ hasText: '低保' }).filter({ hasText: '全户' }).innerText()).toMatch(/申请中/);
      expect(await cases.getByRole('link', { name: '查看案件' }).count()).toBe(2);
      await docScreenshot(page, 'household-cases');

      await tekun.getByRole('link', { name: '查看案件' }).click();
      await page.getByTestId('case-id').filter({ hasText: setup.elderTekun }).waitFor();
      await caseStatusIs(page, '已批准');
      await page.getByTestId('payment-actions').getByRole('button', { name: '终止供养' }).click();
      const stop = page.getByRole('dialog', { name: '终止特困供养' });
      await choose(page, stop.getByLabel('终止原因'), '主动退出');
      await stop.getByLabel('停止发放月份').click();
      await stop.getByLabel('停止发放月份').fill('2024年12月');
      await stop.getByLabel('停止发放月份').press('Enter');
      await stop.getByRole('button', { name: '确定终止' }).click();
      await caseStatusIs(page, '已终止');
      expect(await page.locator('.ant-descriptions').first().innerText()).toMatch(/停止发放月份\s*2024年12月/);

      // Back on the household page, the list says so.
      await page.getByRole('link', { name: '查看家庭' }).click();
      await cases.getByRole('row').filter({ hasText: '特困供养' }).filter({ hasText: '已终止' }).filter({ hasText: '2024年12月' }).waitFor();
    }));

  it('a refusal as not eligible says why in Chinese: 低保 at approval, 特困 at application', () =>
    scenario('not-eligible', async () => {
      const checker = await tab();
      await loginAndWait(checker, approver.username, approver.password);
      await checker.goto(`/dibao/cases/${setup.atStandardCase}`);
      await caseStatusIs(checker, '公示中');
      await approve(checker);
      const refusal = checker.getByRole('alert').filter({ hasText: '家庭不符合低保条件' });
      await refusal.waitFor();
      expect(await refusal.innerText()).toContain('按2024年10月（首个发放月）的标准核定：人均月收入不低于低保标准。');
      await caseStatusIs(checker, '公示中');

      const page = await tab();
      await loginAndWait(page, clerk.username, clerk.password);
      await page.goto(`/tekun/apply?household=${setup.supportedHousehold}`);
      await page.getByLabel('申请人身份证号码').fill(people.supported);
      await page.getByRole('radio', { name: '有' }).check();
      await page.getByRole('button', { name: '提交特困供养申请' }).click();
      const tekunRefusal = page.getByRole('alert').filter({ hasText: '不符合特困人员认定条件' });
      await tekunRefusal.waitFor();
      expect(await tekunRefusal.innerText()).toContain('原因：有具备赡养、抚养、扶养能力的法定义务人。');
      await docScreenshot(page, 'tekun-not-eligible');
    }));

  it('特困在学复核: a caseworker finds the re-check on the work list and records that the person is in school', () =>
    scenario('school', async () => {
      const page = await tab();
      await loginAndWait(page, clerk.username, clerk.password);
      await page.getByRole('menuitem', { name: '工作台' }).click();
      await page.getByRole('tab', { name: /特困在学复核/ }).click();
      // Due on the 18th birthday, 2028-03-15: looked for ahead of time.
      await page.getByLabel('截至日期').fill('2028-03-31');
      await page.getByRole('button', { name: '查询' }).click();
      const row = page.getByRole('row').filter({ hasText: '陶*雨' });
      await row.filter({ hasText: '2028-03-15' }).waitFor();

      await row.getByRole('button', { name: '在学核查' }).click();
      const dialog = page.getByRole('dialog', { name: '在学情况核查' });
      // The form inside the dialog must be there before saving it empty is refused by its rules.
      await dialog.getByRole('radio', { name: '在校就读（全日制）' }).waitFor();
      await dialog.getByRole('button', { name: '保存核查结果' }).click();
      await dialog.getByText('请选择核查结果').waitFor();
      await dialog.getByRole('radio', { name: '在校就读（全日制）' }).check();
      await dialog.getByLabel('核查说明').fill('市职业技术学校在读证明');
      await docScreenshot(page, 'tekun-school-recheck', { fullPage: false });
      await dialog.getByRole('button', { name: '保存核查结果' }).click();
      // Covered through the month of the 19th birthday, re-checked then: off this list.
      await page.getByText('核查结果已保存，保障至2029年3月').waitFor();
      await page.getByText('没有待办事项').waitFor();

      await page.goto(`/tekun/cases/${setup.minorTekun}`);
      expect(await page.locator('.ant-descriptions').first().innerText()).toMatch(/保障至（月份）\s*2029年3月[\s\S]*在校情况复核日期\s*2029-03-15/);
    }));
});
