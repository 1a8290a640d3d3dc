// 家庭登记, 低保 and 特困 as caseworkers use them, against the real console and social-assistance.
//
// The 公示 (public notice) runs its real 7 calendar days under the city's seeded policy: the
// service lives on a fixed day (CLOCK_FIXED_DATE, as in test/system) and is restarted on a later
// day when the test needs the week to have passed. Its clock starts on Monday 2 September 2024: a
// notice posted that day ends on Monday 9 September (no holiday in between), so approval is
// possible from the 10th and the first month paid is October 2024.
import type { Browser } from 'playwright-core';
import { residentId } from '../support/resident-ids';
import { apiRegisterHousehold, apiReadyUser, apiSocialAssistance } from './support/assistance-api';
import { answerPrompt, approve, caseIdShown, caseStatusIs, choose, householdIdShown, openCase, registerHousehold } from './support/assistance-ui';
import { docScreenshot, launchBrowser, openTab, screenshotOnFailure, type Tab } from './support/browser';
import { apiLogin, type ApiSession } from './support/console-api';
import { createUser, login, loginAndWait, logout, changePassword } from './support/console-ui';
import { startConsoleStack, type DatedConsoleStack } from './support/console-stack';
import { isolateFile } from './support/isolation';

const TOWNSHIP = '110105001';
const OTHER_TOWNSHIP = '110105002';
const POSTED = '2024-09-02';
const AFTER_NOTICE = '2024-09-10';

describe('低保 and 特困 in the console (e2e)', () => {
  let stack: DatedConsoleStack;
  let browser: Browser;
  let admin: ApiSession;
  let release: (() => Promise<void>) | undefined;
  const tabs: Tab[] = [];

  async function tab(): Promise<Tab> {
    const opened = await openTab(browser, stack.url);
    tabs.push(opened);
    return opened;
  }

  async function scenario(name: string, steps: () => Promise<void>): Promise<void> {
    try {
      await steps();
      expect(tabs.flatMap((t) => t.errors)).toEqual([]);
    } catch (err) {
      for (const [i, opened] of tabs.entries()) await screenshotOnFailure(opened, `dibao-${name}-${i}`);
      throw err;
    }
  }

  beforeAll(async () => {
    release = isolateFile('dibao');
    stack = await startConsoleStack({ services: ['social-assistance'], clock: { day: POSTED }, referenceData: true });
    browser = await launchBrowser();
    admin = await apiLogin(stack.url, stack.admin.username, stack.admin.password);
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

  it('a caseworker who may also approve is refused approving an application they took (four eyes)', () =>
    scenario('four-eyes', async () => {
      const zhou = await apiReadyUser(stack.url, admin, { username: 'zhou.min', displayName: '周敏', roles: ['operator', 'approver'], division: TOWNSHIP });
      const session = await apiLogin(stack.url, zhou.username, zhou.password);
      const householdId = await apiRegisterHousehold(stack.url, session, TOWNSHIP, [{ residentId: residentId('110105', '19480506', 31), name: '赵桂兰', relation: 'APPLICANT' }]);
      const applied = await apiSocialAssistance<{ id: string }>(stack.url, session, 'POST', '/api/v1/dibao/applications', { householdId });
      await apiSocialAssistance(stack.url, session, 'POST', `/api/v1/dibao/applications/${applied.id}/public-notice`, { investigation: '入户调查属实' });

      const { page } = await tab();
      await loginAndWait(page, zhou.username, zhou.password);
      await openCase(page, '低保审批', applied.id);
      await caseStatusIs(page, '公示中');
      await approve(page);
      await page.getByRole('alert').filter({ hasText: '受理人不能审批本人受理的案件' }).waitFor();
      await caseStatusIs(page, '公示中');
    }));

  it('a township caseworker is refused a household of another township, in place and on its page', () =>
    scenario('other-township', async () => {
      const other = await apiReadyUser(stack.url, admin, { username: 'zhao.lei', displayName: '赵磊', roles: ['operator'], division: OTHER_TOWNSHIP });
      const theirs = await apiRegisterHousehold(stack.url, await apiLogin(stack.url, other.username, other.password), OTHER_TOWNSHIP, [
        { residentId: residentId('110105', '19520811', 41), name: '钱玉珍', relation: 'APPLICANT' },
      ]);
      const sun = await apiReadyUser(stack.url, admin, { username: 'sun.li', displayName: '孙丽', roles: ['operator'], division: TOWNSHIP });
      const { page } = await tab();
      await loginAndWait(page, sun.username, sun.password);

      await page.goto(`/households/${theirs}`);
      await page.getByRole('alert').filter({ hasText: '该记录不在您所辖的行政区划内' }).waitFor();
      expect(await page.getByTestId('household-id').count()).toBe(0);

      await page.goto(`/dibao/apply?household=${theirs}`);
      await page.getByRole('alert').filter({ hasText: '该记录不在您所辖的行政区划内' }).waitFor();
      expect(await page.getByRole('button', { name: '提交低保申请' }).count()).toBe(0);

      // Registering a household where the caseworker has no say: refused beside the field, nothing saved.
      await page.goto('/account');
      await registerHousehold(page, { regionCode: OTHER_TOWNSHIP, assetsYuan: '0', members: [{ name: '孙大海', residentId: residentId('110105', '19600101', 43), relation: '申请人' }] });
      await page.locator('.ant-form-item').filter({ hasText: '居住地行政区划' }).getByText('该区划不在您所辖的行政区划内').waitFor();
      expect(page.url()).toMatch(/\/households\/new$/);
    }));

  it('a member joins a household and another leaves it, each from next month', () =>
    scenario('composition', async () => {
      const zheng = await apiReadyUser(stack.url, admin, { username: 'zheng.hua', displayName: '郑华', roles: ['operator'], division: TOWNSHIP });
      const mother = residentId('110105', '19551120', 61);
      const householdId = await apiRegisterHousehold(stack.url, await apiLogin(stack.url, zheng.username, zheng.password), TOWNSHIP, [{ residentId: mother, name: '郑秀兰', relation: 'APPLICANT' }]);
      const { page } = await tab();
      await loginAndWait(page, zheng.username, zheng.password);
      await page.goto(`/households/${householdId}`);

      await page.getByRole('button', { name: '成员加入' }).click();
      const join = page.getByRole('dialog', { name: '成员加入本户' });
      await join.getByLabel('姓名').fill('郑小军');
      await join.getByLabel('身份证号码').fill(residentId('110105', '19800402', 63));
      await choose(page, join.getByLabel('与申请人关系'), '子女');
      await join.getByRole('button', { name: '保存' }).click();
      await page.getByText('成员已加入，自2024年10月起计入本户').waitFor();
      await page.getByTestId('household-members').getByRole('row').filter({ hasText: '郑*军' }).filter({ hasText: '自2024年10月起计入' }).waitFor();

      await page.getByRole('button', { name: '成员迁出' }).click();
      const departure = page.getByRole('dialog', { name: '成员迁出本户' });
      // Not a member: said before anything is sent.
      await departure.getByLabel('身份证号码').fill(residentId('110105', '19551120', 65));
      await choose(page, departure.getByLabel('迁出原因'), '婚嫁迁出');
      await departure.getByRole('button', { name: '保存' }).click();
      await departure.getByText('该身份证号码不是本户的在册成员').waitFor();
      await departure.getByLabel('身份证号码').fill(mother);
      await departure.getByRole('button', { name: '保存' }).click();
      await page.getByText('已登记迁出，自2024年10月起不再计入本户').waitFor();
      await page.getByTestId('household-members').getByRole('row').filter({ hasText: '郑*兰' }).filter({ hasText: '自2024年10月起迁出（婚嫁迁出）' }).waitFor();
    }));

  it('a caseworker registers a household and applies for 特困; an approver sees the monthly amount and approves', () =>
    scenario('tekun', async () => {
      const caseworker = await apiReadyUser(stack.url, admin, { username: 'wu.jing', displayName: '吴静', roles: ['operator'], division: TOWNSHIP });
      const approver = await apiReadyUser(stack.url, admin, { username: 'qian.jun', displayName: '钱军', roles: ['approver'], division: TOWNSHIP });
      const person = residentId('110105', '19400315', 51);
      const clerk = (await tab()).page;
      await loginAndWait(clerk, caseworker.username, caseworker.password);
      await registerHousehold(clerk, { assetsYuan: '2000', members: [{ name: '李福生', residentId: person, relation: '申请人', incomes: [{ source: '养老金', yuan: '150' }] }] });
      await clerk.getByText('家庭已登记').waitFor();
      await clerk.getByRole('button', { name: '申请特困供养' }).click();
      await clerk.getByLabel('申请人身份证号码').fill(person);
      await clerk.getByLabel('不能自理的日常生活活动项数').fill('2');
      await clerk.getByRole('radio', { name: '无' }).check();
      await clerk.getByRole('button', { name: '提交特困供养申请' }).click();
      await clerk.getByText('特困供养申请已受理').waitFor();
      await caseStatusIs(clerk, '申请中');
      const caseId = await caseIdShown(clerk);
      expect(await clerk.locator('.ant-descriptions').first().innerText()).toMatch(/分散供养[\s\S]*半护理/);

      const checker = (await tab()).page;
      await loginAndWait(checker, approver.username, approver.password);
      await openCase(checker, '特困审批', caseId);
      // 956 yuan dispersed basic living standard + 300 yuan for partial care (the city's figures).
      const panel = checker.getByTestId('decision-panel');
      await panel.getByTestId('benefit').filter({ hasText: '¥1,256.00' }).waitFor();
      await docScreenshot(checker, 'tekun-approval');
      await approve(checker);
      await caseStatusIs(checker, '已批准');
      expect(await checker.locator('.ant-descriptions').first().innerText()).toMatch(/开始发放月份\s*2024年10月/);
    }));

  it('a caseworker registers a household and applies for 低保, an objection is raised during the 7-day notice and resolved, then an approver sees the amount and approves', () =>
    scenario('dibao', async () => {
      // An administrator creates the caseworker and the approver of the township.
      const adminTab = (await tab()).page;
      await loginAndWait(adminTab, stack.admin.username, stack.admin.password);
      const clerkPassword = await createUser(adminTab, { username: 'wang.fang', displayName: '王芳', roles: ['经办人'], division: TOWNSHIP });
      const approverPassword = await createUser(adminTab, { username: 'li.shenpi', displayName: '李审批', roles: ['县级审批人'], division: TOWNSHIP });
      await logout(adminTab);

      const clerk = (await tab()).page;
      await login(clerk, 'wang.fang', clerkPassword);
      await changePassword(clerk, clerkPassword, 'Wang-Fang-2024-gongzuo');
      await clerk.getByRole('menuitem', { name: '家庭登记' }).waitFor();
      expect(await clerk.getByRole('menuitem').allInnerTexts()).not.toContain('低保审批');

      // 张秀英 (75, a pension of 250 yuan) and her husband 王建国 (74, seriously ill, no income).
      const applicant = residentId('110105', '19491231', 2);
      const spouse = residentId('110105', '19500315', 11);
      await registerHousehold(clerk, {
        assetsYuan: '3000',
        members: [
          { name: '张秀英', residentId: applicant, relation: '申请人', incomes: [{ source: '养老金', yuan: '250' }] },
          { name: '王建国', residentId: spouse, relation: '配偶', categories: ['重病患者'] },
        ],
      });
      await clerk.getByText('家庭已登记').waitFor();
      const members = await clerk.getByTestId('household-members').innerText();
      // As the service answers them: masked.
      expect(members).toContain(`${applicant.slice(0, 3)}***********${applicant.slice(-4)}`);
      expect(members).toContain('张*英');
      await docScreenshot(clerk, 'household');
      expect(members).not.toContain(applicant);
      await householdIdShown(clerk);

      await clerk.getByRole('button', { name: '申请低保' }).click();
      await clerk.getByRole('button', { name: '提交低保申请' }).click();
      await clerk.getByText('低保申请已受理').waitFor();
      await caseStatusIs(clerk, '申请中');
      // (735 − 250 / 2) × 2 + 10 % of 735 for each (both elderly) = 1,367 yuan.
      await clerk.getByTestId('benefit').filter({ hasText: '¥1,367.00' }).waitFor();
      await clerk.getByLabel('调查结论').fill('入户调查属实：二人均年老，女方月养老金 250 元，男方重病无收入；核对无车辆、房产、工商登记');
      await clerk.getByRole('button', { name: '保存并开始公示' }).click();
      await caseStatusIs(clerk, '公示中');
      const notice = await clerk.getByTestId('public-notice').innerText();
      expect(notice).toMatch(/公示开始日期\s*2024-09-02/);
      expect(notice).toMatch(/公示截止日期\s*2024-09-09（2024-09-10 起可审批）/);
      const caseId = await caseIdShown(clerk);
      // A neighbour objects during the notice; the caseworker records it.
      await clerk.getByRole('button', { name: '记录异议' }).click();
      await answerPrompt(clerk, '记录异议', '异议内容', '邻居反映其子在外地务工，月收入约 6000 元');
      const objection = clerk.getByTestId('public-notice').getByRole('row').filter({ hasText: '邻居反映' });
      await objection.getByRole('button', { name: '处理异议' }).waitFor();
      await docScreenshot(clerk, 'dibao-public-notice');

      const checker = (await tab()).page;
      await login(checker, 'li.shenpi', approverPassword);
      await changePassword(checker, approverPassword, 'Li-Shenpi-2024-gongzuo');
      await openCase(checker, '低保审批', caseId);
      const panel = checker.getByTestId('decision-panel');
      // The amount and eligibility before the decision.
      await panel.getByTestId('benefit').filter({ hasText: '¥1,367.00' }).waitFor();
      expect(await panel.getByTestId('assessment').innerText()).toContain('符合低保条件');
      await docScreenshot(checker, 'dibao-approval');
      await approve(checker);
      const early = checker.getByRole('alert').filter({ hasText: '公示期尚未结束，不能审批' });
      await early.waitFor();
      expect(await early.innerText()).toContain('公示期至 2024-09-09，2024-09-10 起可审批。');

      // A week later the notice has ended, but the objection is still open.
      await stack.moveTo(AFTER_NOTICE);
      await checker.reload();
      await caseStatusIs(checker, '公示中');
      await approve(checker);
      const open = checker.getByRole('alert').filter({ hasText: '公示期内的异议尚未处理完毕' });
      await open.waitFor();
      expect(await open.innerText()).toContain('尚有 1 条异议未处理。');

      await clerk.reload();
      await objection.getByRole('button', { name: '处理异议' }).click();
      await answerPrompt(clerk, '处理异议', '处理结果', '复核：其子已另立户籍，收入不计入本户');
      await objection.filter({ hasText: '复核：其子已另立户籍' }).waitFor();
      expect(await objection.innerText()).toContain('wang.fang，2024-09-10');

      await approve(checker);
      await caseStatusIs(checker, '已批准');
      const facts = await checker.locator('.ant-descriptions').first().innerText();
      expect(facts).toMatch(/审批人\s*li\.shenpi/);
      expect(facts).toMatch(/开始发放月份\s*2024年10月/);
      await checker.getByTestId('benefit').filter({ hasText: '¥1,367.00' }).waitFor();
      await docScreenshot(checker, 'dibao-approved');
      expect(await checker.getByTestId('case-timeline').innerText()).toMatch(/受理申请[\s\S]*入户调查完成，开始公示[\s\S]*批准[\s\S]*审批人：li\.shenpi[\s\S]*开始发放/);

      // The caseworker sees the decision too.
      await clerk.reload();
      await caseStatusIs(clerk, '已批准');
    }));
});
