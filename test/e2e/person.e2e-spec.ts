// 一人一档 as caseworkers use it: a woman known to social assistance (a member of a household that
// applied for 低保) and to elderly care (an elder on the registry with the high-age allowance) is
// found by name and by resident ID by a caseworker of her township, whose page shows both
// services' sections; civil registration answers 无记录, child welfare and the canteen (not
// started) their problem, without breaking the page. A caseworker of another township finds no
// one by name and sees 无权查看; a user with the unmask role sees her in full after giving a
// reason, which the service audits.
import type { Browser, Page } from 'playwright-core';
import { residentId } from '../support/resident-ids';
import { docScreenshot, launchBrowser, openTab, screenshotOnFailure, type Tab } from './support/browser';
import { apiLogin } from './support/console-api';
import { ConsoleCaller, currentMonthInShanghai, readyUser } from './support/console-seed';
import { startConsoleStack, type ConsoleStack } from './support/console-stack';
import { loginAndWait } from './support/console-ui';
import { isolateFile } from './support/isolation';

const TOWNSHIP = '110105001';
const ZHANG = residentId('110105', '19400315', 7);
const LI = residentId('110105', '19380920', 9);
const MASKED_ZHANG = `${ZHANG.slice(0, 3)}***********${ZHANG.slice(-4)}`;

describe('一人一档 (e2e)', () => {
  let stack: ConsoleStack;
  let browser: Browser;
  let release: (() => Promise<void>) | undefined;
  const tabs: Tab[] = [];
  const passwords: Record<string, string> = {};

  async function tab(): Promise<Tab> {
    const opened = await openTab(browser, stack.url);
    tabs.push(opened);
    return opened;
  }

  async function scenario(name: string, steps: () => Promise<void>): Promise<void> {
    try {
      await steps();
    } catch (err) {
      for (const [i, opened] of tabs.entries()) await screenshotOnFailure(opened, `${name}-${i}`);
      throw err;
    }
  }

  beforeAll(async () => {
    release = isolateFile('person');
    stack = await startConsoleStack({ services: ['social-assistance', 'elderly-care', 'civil-registration'] });
    browser = await launchBrowser();
    const admin = await apiLogin(stack.url, stack.admin.username, stack.admin.password);
    const api = await ConsoleCaller.login(stack.url, stack.admin.username, stack.admin.password);
    await api.loadPolicies(['social-assistance', 'elderly-care']);
    const member = (id: string, name: string, relation: string) => ({ residentId: id, name, relation, incomes: [{ source: 'PENSION', monthlyFen: 30_000 }], categories: [] });
    const household = await api.call<{ id: string }>('social-assistance', 'POST', '/api/v1/households', {
      body: { area: 'URBAN', regionCode: TOWNSHIP, financialAssetsFen: 0, members: [member(ZHANG, '张桂兰', 'APPLICANT'), member(LI, '李德明', 'SPOUSE')] },
    });
    await api.call('social-assistance', 'POST', '/api/v1/dibao/applications', { body: { householdId: household.body.id } });
    await api.call('elderly-care', 'POST', '/api/v1/elders/import', { raw: { contentType: 'application/x-ndjson', text: `${JSON.stringify({ residentId: ZHANG, name: '张桂兰', region: TOWNSHIP, local: true })}\n` } });
    await api.call('elderly-care', 'POST', '/api/v1/allowances/high-age/run', { body: { month: currentMonthInShanghai() } });
    passwords['zhou.ping'] = await readyUser(stack.url, admin, { username: 'zhou.ping', displayName: '周萍', roles: ['operator'], division: TOWNSHIP });
    passwords['wu.lei'] = await readyUser(stack.url, admin, { username: 'wu.lei', displayName: '吴磊', roles: ['operator'], division: '110105002' });
    passwords['qian.jing'] = await readyUser(stack.url, admin, { username: 'qian.jing', displayName: '钱静', roles: ['operator', 'unmask'], division: TOWNSHIP });
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

  const section = (page: Page, title: string) => page.getByRole('region', { name: title, exact: true });

  async function searchByName(page: Page, name: string): Promise<void> {
    await page.getByRole('menuitem', { name: '一人一档' }).click();
    await page.getByLabel('姓名').fill(name);
    await page.getByRole('button', { name: '搜索' }).click();
  }

  async function openById(page: Page, id: string): Promise<void> {
    await page.getByRole('menuitem', { name: '一人一档' }).click();
    await page.getByLabel('身份证号').fill(id);
    await page.getByRole('button', { name: '查看档案' }).click();
    await page.waitForURL(/\/person\/file$/);
  }

  it('a caseworker of the township finds her by name and by ID and sees what each service holds', () =>
    scenario('person-own-township', async () => {
      const { page, errors } = await tab();
      await loginAndWait(page, 'zhou.ping', passwords['zhou.ping']);

      await searchByName(page, '桂兰');
      const rows = page.getByRole('row').filter({ hasText: '张*兰' });
      await page.getByText('共 2 条').waitFor();
      await docScreenshot(page, 'person-search');
      expect(await rows.count()).toBe(2);
      expect(await rows.nth(0).innerText()).toMatch(new RegExp(`张\\*兰[\\s\\S]*${MASKED_ZHANG.replace(/\*/g, '\\*')}[\\s\\S]*社会救助[\\s\\S]*低保/特困家庭成员[\\s\\S]*110105001`));
      expect(await rows.nth(1).innerText()).toMatch(/张\*兰[\s\S]*养老服务[\s\S]*老年人名册/);
      // The services not running say so, and the others' rows are still there.
      await page.getByRole('alert').filter({ hasText: '儿童福利：业务服务暂时无法访问，请稍后再试' }).waitFor();
      expect(page.url()).not.toContain(ZHANG);

      // From a masked row: the full ID is asked for and checked against the masked one.
      await rows.nth(1).getByRole('button', { name: '查看档案' }).click();
      const dialog = page.getByRole('dialog', { name: '查看一人一档' });
      await dialog.getByLabel('身份证号').fill(residentId('110105', '19400315', 8));
      await dialog.getByRole('button', { name: '查看档案' }).click();
      await dialog.getByText('与列表中的身份证号不一致，请核对').waitFor();
      await dialog.getByLabel('身份证号').fill(ZHANG);
      await dialog.getByRole('button', { name: '查看档案' }).click();
      await page.waitForURL(/\/person\/file$/);
      expect(page.url()).not.toContain(ZHANG);
      await expectHerPage(page);

      // By resident ID: checked before anything is sent, then straight to her page.
      await page.getByRole('menuitem', { name: '一人一档' }).click();
      await page.getByLabel('身份证号').fill(`${ZHANG.slice(0, 17)}${ZHANG.endsWith('0') ? '1' : '0'}`);
      await page.getByRole('button', { name: '查看档案' }).click();
      await page.getByText('身份证号码无效，请核对').waitFor();
      await openById(page, ZHANG);
      await expectHerPage(page);
      expect(errors).toEqual([]);
    }));

  async function expectHerPage(page: Page): Promise<void> {
    await page.getByText('一人一档：张*兰').waitFor();
    const basic = section(page, '基本信息');
    await basic.getByText(MASKED_ZHANG).waitFor();
    expect(await basic.innerText()).toMatch(/出生日期\s*1940-03-15/);
    const assistance = section(page, '家庭与低保/特困案件');
    await assistance.getByText('待入户调查').waitFor();
    expect(await assistance.innerText()).toMatch(/低保\s*已申请\s*待入户调查/);
    expect(await assistance.innerText()).toMatch(/申请人[\s\S]*¥300\.00/);
    // The household's benefit as the case's assessment computed it: (735 − 300) × 2 + 10% of 735 for each of the two elderly.
    // Each case's amount is a query of its own: wait for it before reading the row.
    await assistance.getByText(/¥1,017\.00/).waitFor();
    expect(await assistance.innerText()).toMatch(/低保\s*已申请\s*待入户调查[\s\S]*¥1,017\.00（按\d{4}年\d{1,2}月标准）/);
    const allowances = section(page, '津贴补贴');
    await allowances.getByText('高龄津贴').waitFor();
    expect(await allowances.innerText()).toMatch(/高龄津贴\s*80–99 周岁\s*¥50\.00/);
    await section(page, '婚姻登记').getByText('婚姻殡葬登记：无记录').waitFor();
    await section(page, '死亡与殡葬补贴').getByText('婚姻殡葬登记：无记录').waitFor();
    await section(page, '儿童福利档案').getByText('业务服务暂时无法访问，请稍后再试').waitFor();
    await section(page, '助餐').getByText('业务服务暂时无法访问，请稍后再试').waitFor();
    const timeline = section(page, '事件时间线');
    await timeline.getByText('提出低保申请').waitFor();
    await docScreenshot(page, 'person-file');
    expect(await timeline.innerText()).toContain('开始发放高龄津贴（每月 ¥50.00）');
    expect(await page.locator('body').innerText()).not.toContain(ZHANG);
  }

  it('a caseworker of another township finds no one by her name and may not see her file', () =>
    scenario('person-other-township', async () => {
      const { page, errors } = await tab();
      await loginAndWait(page, 'wu.lei', passwords['wu.lei']);
      await searchByName(page, '桂兰');
      await page.getByText('各业务系统中都没有姓名匹配的人员').waitFor();
      await openById(page, ZHANG);
      await section(page, '家庭与低保/特困案件').getByText('社会救助：无权查看').waitFor();
      await section(page, '津贴补贴').getByText('养老服务：无权查看').waitFor();
      expect(await section(page, '基本信息').innerText()).toMatch(/社会救助：无权查看[\s\S]*养老服务：无权查看/);
      expect(await page.locator('body').innerText()).not.toMatch(/张\*兰|高龄津贴/);
      expect(errors).toEqual([]);
    }));

  it('a user with the unmask role sees her in full after giving a reason, which the service audits', () =>
    scenario('person-unmask', async () => {
      const { page, errors } = await tab();
      await loginAndWait(page, 'qian.jing', passwords['qian.jing']);
      await openById(page, ZHANG);
      await section(page, '基本信息').getByText(MASKED_ZHANG).waitFor();
      await page.getByRole('button', { name: '查看完整信息' }).click();
      const dialog = page.getByRole('dialog', { name: '查看完整个人信息' });
      await dialog.getByRole('button', { name: '确定查看' }).click();
      await dialog.getByText('请输入查看理由').waitFor();
      await dialog.getByLabel('查看理由').fill('核对低保申请材料');
      await dialog.getByRole('button', { name: '确定查看' }).click();
      await page.getByText('正在显示完整个人信息，本次查看已记入审计日志。').waitFor();
      await section(page, '基本信息').getByText(ZHANG).waitFor();
      await page.getByText('一人一档：张桂兰').waitFor();

      const admin = await ConsoleCaller.login(stack.url, stack.admin.username, stack.admin.password);
      const audit = await admin.call<{ items: Array<{ action: string; actor: string; reason: string | null }> }>('social-assistance', 'GET', '/api/v1/audit-log?actor=qian.jing&entityType=http-response');
      expect(audit.body.items.map((e) => [e.action, e.reason])).toEqual([['personal-data.unmasked', '核对低保申请材料']]);

      await page.getByRole('button', { name: '恢复脱敏显示' }).click();
      await section(page, '基本信息').getByText(MASKED_ZHANG).waitFor();
      expect(await page.locator('body').innerText()).not.toContain(ZHANG);
      expect(errors).toEqual([]);
    }));
});
