// 儿童福利 as the village child director and the township supervisor work it. The services run on
// a clock: the children are registered on 1 July 2024 and the month has passed when the director
// visits one of them, re-rates the tier to red and finds it so in the ledger (台账). The director of
// the next village sees only that village's child and is refused the first village's child. The
// supervisor's 走访逾期 lists the township's overdue children. A phone-wide screen (390 px) shows
// the ledger as cards without sideways scrolling.
import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { residentId } from '../support/resident-ids';
import { docScreenshot, launchBrowser, openTab, SCREENSHOT_DIR, screenshotOnFailure, submitButton, type Tab } from './support/browser';
import { apiLogin } from './support/console-api';
import { ConsoleCaller, readyUser } from './support/console-seed';
import { startConsoleStack, type DatedConsoleStack } from './support/console-stack';
import { loginAndWait } from './support/console-ui';
import { choose } from './support/assistance-ui';
import { ledgerEntry, openLedger, pickDate, recordVisit } from './support/children-ui';
import { isolateFile } from './support/isolation';

const VILLAGE = '110105001001';
const NEXT_VILLAGE = '110105001002';
const TOWNSHIP = '110105001';
const REGISTERED = '2024-07-01';
const A_MONTH_LATER = '2024-08-01';
/** A woman of 44: old enough to adopt a girl alone. */
const ADOPTER = residentId('110105', '19800101', 800);

/** What pageWidth reads in the page; this file is compiled without the DOM library. */
interface BrowserDocument {
  document: { documentElement: { scrollWidth: number }; querySelectorAll(s: string): ArrayLike<{ className: string; getBoundingClientRect(): { right: number } }> };
}

/** How wide the page's content is; wider than the window means scrolling sideways. Names what sticks out. */
async function pageWidth(page: Page): Promise<number> {
  const { width, wide } = await page.evaluate(() => {
    const doc = (globalThis as unknown as BrowserDocument).document;
    const wide = Array.from(doc.querySelectorAll('body *')).filter((e) => e.getBoundingClientRect().right > 390).map((e) => String(e.className)).slice(0, 5);
    return { width: doc.documentElement.scrollWidth, wide };
  });
  if (width > 390) console.warn(`wider than 390 px: ${wide.join(' | ')}`);
  return width;
}

interface Registered {
  id: string;
}

describe('儿童福利 (e2e)', () => {
  let stack: DatedConsoleStack;
  let browser: Browser;
  let release: (() => Promise<void>) | undefined;
  let tab: Tab | undefined;
  const passwords: Record<string, string> = {};
  let wangId = '';
  let liId = '';

  beforeAll(async () => {
    release = isolateFile('children');
    stack = await startConsoleStack({ services: ['child-welfare'], clock: { day: REGISTERED } });
    browser = await launchBrowser();
    const api = await ConsoleCaller.login(stack.url, stack.admin.username, stack.admin.password);
    await api.loadPolicies(['child-welfare']);
    const register = async (villageCode: string, seq: number, name: string, riskTier: string, withParents: boolean) => {
      const guardians = withParents
        ? [
            { residentId: residentId('110105', '19880101', 600 + seq), name: '王建国', relation: 'FATHER', awayForWork: true },
            { residentId: residentId('110105', '19890101', 700 + seq), name: '刘秀英', relation: 'MOTHER' },
          ]
        : [];
      const body = { residentId: residentId('110105', '20150310', seq), name, villageCode, carerName: '王奶奶', carerRelation: '祖母', guardians, riskTier, riskReason: '登记时评定' };
      return (await api.call<Registered>('child-welfare', 'POST', '/api/v1/children', { body })).body.id;
    };
    wangId = await register(VILLAGE, 1, '王小明', 'GREEN', true); // due 2024-09-29
    await api.call('child-welfare', 'POST', `/api/v1/children/${wangId}/help-needs`, { body: { kind: 'EDUCATION', description: '需要课后辅导', raisedOn: REGISTERED } });
    liId = await register(VILLAGE, 2, '李小红', 'RED', false); // an orphan, due 2024-07-08: overdue a month later
    await register(NEXT_VILLAGE, 3, '赵小刚', 'ORANGE', false); // due 2024-07-31: overdue a month later
    await stack.moveTo(A_MONTH_LATER);
    const admin = await apiLogin(stack.url, stack.admin.username, stack.admin.password);
    passwords.director = await readyUser(stack.url, admin, { username: 'liu.guifang', displayName: '刘桂芳', roles: ['child-director'], division: VILLAGE });
    passwords.nextDirector = await readyUser(stack.url, admin, { username: 'chen.li', displayName: '陈丽', roles: ['child-director'], division: NEXT_VILLAGE });
    passwords.supervisor = await readyUser(stack.url, admin, { username: 'zhou.min', displayName: '周敏', roles: ['child-supervisor'], division: TOWNSHIP });
    passwords.registrar = await readyUser(stack.url, admin, { username: 'sun.shouyang', displayName: '孙收养', roles: ['operator'], division: '110105' });
  });

  afterAll(async () => {
    await tab?.context.close();
    await browser?.close();
    await stack?.stop();
    await release?.();
  });

  afterEach(async () => {
    await tab?.context.close();
    tab = undefined;
  });

  it('a village child director records a visit that re-rates the child to red, and the ledger shows it', async () => {
    try {
      tab = await openTab(browser, stack.url);
      const { page, errors } = tab;
      await loginAndWait(page, 'liu.guifang', passwords.director);
      await openLedger(page);
      await page.getByText('共 2 人').first().waitFor();
      await page.getByRole('button', { name: '高风险（红） 1 人' }).waitFor();
      await page.getByRole('button', { name: '低风险（绿） 1 人' }).waitFor();
      expect(await ledgerEntry(page, '赵*刚').count()).toBe(0);
      const wang = ledgerEntry(page, '王*明');
      expect(await wang.innerText()).toMatch(/王\*明\s*110\*{11}\d{3}[\dX]\s*110105001001\s*—\s*低风险（绿）\s*登记时评定\s*—\s*2024-09-29\s*查看/);

      await wang.getByRole('link', { name: '王*明' }).click();
      await page.getByText('儿童档案：王*明').waitFor();
      await page.getByRole('region', { name: '风险等级与走访' }).getByText('低风险（绿）').waitFor();
      await page.getByText('外出务工').waitFor();
      // Each section loads on its own: wait for the help needs before reading them.
      const needs = page.getByRole('region', { name: '帮扶需求' });
      await needs.getByText('需要课后辅导').waitFor();
      expect(await needs.innerText()).toMatch(/教育\s*需要课后辅导\s*2024-07-01\s*办理中/);
      await recordVisit(page, { visitedOn: A_MONTH_LATER, notes: '父亲外出务工，母亲近期住院，祖母照料吃力', tier: '高风险（红）', reason: '母亲住院，照料人年迈' });
      await page.getByRole('status').getByText('走访已记录。当前风险等级：高风险（红），下次走访应在 2024-08-08 之前。').waitFor();
      await page.getByRole('region', { name: '风险等级与走访' }).getByText('母亲住院，照料人年迈').waitFor();
      // The visit heads 走访记录, and the re-rating 分类与风险等级变更记录 (after the first rating and the categories at registration).
      const visits = page.getByRole('region', { name: '走访记录' });
      await visits.getByText('共 1 条').waitFor();
      expect(await visits.getByRole('row').nth(1).innerText()).toMatch(/2024-08-01\s*liu\.guifang\s*父亲外出务工，母亲近期住院，祖母照料吃力\s*高风险（红）/);
      const changes = page.getByRole('region', { name: '分类与风险等级变更记录' });
      await changes.getByText('共 3 条').waitFor();
      expect(await changes.getByRole('row').nth(1).innerText()).toMatch(/风险等级\s*低风险（绿） → 高风险（红）\s*母亲住院，照料人年迈\s*liu\.guifang/);
      // The registration's two entries share one instant; their order between them is not asserted.
      expect(await changes.getByRole('row').filter({ hasText: '登记认定为' }).innerText()).toMatch(/儿童类别\s*登记认定为：无类别\s*登记\s*admin/);

      await page.getByRole('button', { name: '返回台账' }).click();
      await page.getByRole('button', { name: '高风险（红） 2 人' }).waitFor();
      await page.getByRole('button', { name: '低风险（绿） 0 人' }).waitFor();
      await ledgerEntry(page, '王*明').getByText('高风险（红）').waitFor();
      await docScreenshot(page, 'children-ledger');

      // The red tier alone, from its count.
      await page.getByRole('button', { name: '高风险（红） 2 人' }).click();
      await page.getByText('共 2 人').first().waitFor();
      expect(new URL(page.url()).searchParams.get('tier')).toBe('RED');
      expect(errors).toEqual([]);
    } catch (err) {
      await screenshotOnFailure(tab, 'child-welfare-visit');
      throw err;
    }
  });

  it('the director agrees 一人一策 for the child: a measure due before the plan is refused, then two measures saved as version 1', async () => {
    try {
      tab = await openTab(browser, stack.url);
      const { page, errors } = tab;
      await loginAndWait(page, 'liu.guifang', passwords.director);
      await page.goto(`/children/${wangId}`);
      const plan = page.getByRole('region', { name: '一人一策' });
      await plan.getByText('尚未制定帮扶方案').waitFor();
      const form = page.locator('form#child-plan');
      await pickDate(form, '商定日期', A_MONTH_LATER);
      const first = form.getByRole('group', { name: '帮扶措施 1' });
      await first.getByLabel('帮扶措施').fill('联系学校安排课后辅导');
      await first.getByLabel('责任人').fill('村儿童主任刘桂芳');
      await pickDate(first, '完成期限', '2024-07-15');
      await form.getByRole('button', { name: '添加措施' }).click();
      const second = form.getByRole('group', { name: '帮扶措施 2' });
      await choose(page, second.getByLabel('方面'), '医疗健康');
      await second.getByLabel('帮扶措施').fill('陪同到乡镇卫生院体检');
      await second.getByLabel('责任人').fill('祖母');
      await submitButton(page, '保存方案').click();
      await plan.getByRole('alert').getByText('措施的完成期限不能早于方案商定日期', { exact: false }).waitFor();

      await pickDate(first, '完成期限', '2024-09-01');
      await submitButton(page, '保存方案').click();
      await plan.getByText('第 1 版，2024-08-01 商定（liu.guifang 录入）').waitFor();
      const rows = plan.locator('.ant-table-tbody').first().getByRole('row');
      expect(await rows.nth(0).innerText()).toMatch(/教育\s*联系学校安排课后辅导\s*村儿童主任刘桂芳\s*2024-09-01/);
      expect(await rows.nth(1).innerText()).toMatch(/医疗健康\s*陪同到乡镇卫生院体检\s*祖母\s*—/);
      // The form now revises the plan in force.
      await plan.getByText('修订方案').waitFor();
      expect(errors).toEqual([]);
    } catch (err) {
      await screenshotOnFailure(tab, 'child-welfare-plan');
      throw err;
    }
  });

  it('the director of the next village sees only that village’s child and is refused the other', async () => {
    try {
      tab = await openTab(browser, stack.url);
      const { page, errors } = tab;
      await loginAndWait(page, 'chen.li', passwords.nextDirector);
      await openLedger(page);
      await page.getByText('共 1 人').first().waitFor();
      await ledgerEntry(page, '赵*刚').first().waitFor();
      expect(await ledgerEntry(page, '王*明').count()).toBe(0);

      await page.goto(`/children/${wangId}`);
      await page.getByRole('alert').getByText('该儿童不在您负责的村（社区）或乡镇（街道）').waitFor();
      expect(await page.getByText('记录走访').count()).toBe(0);

      // Naming the other village as a filter is refused the same way.
      await page.goto(`/children?village=${VILLAGE}`);
      await page.getByRole('alert').getByText('该儿童不在您负责的村（社区）或乡镇（街道）').waitFor();
      expect(errors).toEqual([]);
    } catch (err) {
      await screenshotOnFailure(tab, 'child-welfare-other-village');
      throw err;
    }
  });

  it('the township supervisor’s 走访逾期 lists the children whose visit is overdue', async () => {
    try {
      tab = await openTab(browser, stack.url);
      const { page, errors } = tab;
      await loginAndWait(page, 'zhou.min', passwords.supervisor);
      await page.getByRole('menuitem', { name: '走访逾期' }).click();
      await page.getByText('共 2 人').waitFor();
      const rows = page.getByRole('row');
      expect(await rows.filter({ hasText: '李*红' }).innerText()).toMatch(/李\*红[\s\S]*110105001001[\s\S]*高风险（红）[\s\S]*2024-07-08/);
      expect(await rows.filter({ hasText: '赵*刚' }).innerText()).toMatch(/赵\*刚[\s\S]*110105001002[\s\S]*中风险（橙）[\s\S]*2024-07-31/);
      // Visited and re-rated today: due again on 8 August, not overdue.
      expect(await rows.filter({ hasText: '王*明' }).count()).toBe(0);
      await docScreenshot(page, 'children-overdue-visits');
      expect(errors).toEqual([]);
    } catch (err) {
      await screenshotOnFailure(tab, 'child-welfare-overdue');
      throw err;
    }
  });

  it('the county registrar records an adoption assessment and registers the orphan’s adoption once every condition holds', async () => {
    try {
      tab = await openTab(browser, stack.url);
      const { page, errors } = tab;
      await loginAndWait(page, 'sun.shouyang', passwords.registrar);
      await page.goto(`/children/${liId}`);
      const adoption = page.getByRole('region', { name: '收养' });
      await adoption.getByText('尚无评估记录').waitFor();
      await adoption.getByText('须先记录结论为“适宜收养”的评估。').waitFor();

      const assessment = page.locator('form#adoption-assessment');
      await assessment.getByLabel('收养人身份证号').fill(ADOPTER);
      await pickDate(assessment, '评估日期', A_MONTH_LATER);
      await assessment.getByLabel('评估情况').fill('家庭收入稳定，住房宽敞，身体健康');
      await submitButton(page, '保存评估').click();
      await adoption.getByText('共 1 条').waitFor();
      expect(await adoption.getByRole('row').nth(1).innerText()).toMatch(/2024-08-01\s*110\*{11}\d{3}[\dX]\s*适宜收养\s*家庭收入稳定/);

      // A girl of nine must consent (art. 1104): refused until she does, and nothing is registered.
      const registration = page.locator('form#adoption-registration');
      await pickDate(registration, '登记日期', A_MONTH_LATER);
      await registration.getByLabel('收养人身份证号').fill(ADOPTER);
      await registration.getByLabel('收养人姓名').fill('赵丽华');
      await submitButton(page, '办理登记').click();
      await adoption.getByRole('alert').getByText('收养 8 周岁以上未成年人，应当征得被收养人同意', { exact: false }).waitFor();
      await registration.getByRole('checkbox', { name: '被收养人（8 周岁以上）同意' }).check();
      await submitButton(page, '办理登记').click();
      await adoption.getByText('已于 2024-08-01 办理收养登记').waitFor();
      await page.getByText('赵*华（养父母）').waitFor();
      expect(await page.locator('form#adoption-registration').count()).toBe(0);
      // The adopter is now the mother: no longer an orphan.
      const changes = page.getByRole('region', { name: '分类与风险等级变更记录' });
      expect(await changes.getByRole('row').nth(1).innerText()).toMatch(/儿童类别\s*孤儿 → 无类别\s*收养登记\s*sun\.shouyang/);
      await docScreenshot(page, 'child-adoption');
      expect(errors).toEqual([]);
    } catch (err) {
      await screenshotOnFailure(tab, 'child-welfare-adoption');
      throw err;
    }
  });

  it('on a phone 390 px wide the ledger is a list of cards that fits the screen', async () => {
    try {
      tab = await openTab(browser, stack.url);
      const { page, errors } = tab;
      await page.setViewportSize({ width: 390, height: 844 });
      await loginAndWait(page, 'liu.guifang', passwords.director);
      // The menu opens from its button in the header.
      await page.getByRole('button', { name: '菜单' }).click();
      await openLedger(page);
      const card = page.getByRole('listitem', { name: '王*明' });
      await card.locator('[data-tier]').waitFor();
      await page.getByRole('listitem', { name: '李*红' }).waitFor();
      expect(await page.locator('table').count()).toBe(0);
      // The filters fold under 筛选 and open on demand.
      const filters = page.locator('form#ledger-filters');
      expect(await filters.isVisible()).toBe(false);
      await page.getByRole('button', { name: '筛选' }).click();
      await filters.getByLabel('风险等级').waitFor();
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      await page.screenshot({ path: join(SCREENSHOT_DIR, 'children-ledger-390.png'), fullPage: true });
      await docScreenshot(page, 'children-ledger-phone');
      // Nothing wider than the screen: no sideways scrolling.
      expect(await pageWidth(page)).toBeLessThanOrEqual(390);

      await card.getByRole('link', { name: '王*明' }).click();
      await page.getByText('儿童档案：王*明').waitFor();
      await page.getByRole('button', { name: '保存走访' }).waitFor();
      await page.screenshot({ path: join(SCREENSHOT_DIR, 'children-child-390.png'), fullPage: true });
      expect(await pageWidth(page)).toBeLessThanOrEqual(390);
      expect(errors).toEqual([]);
    } catch (err) {
      await screenshotOnFailure(tab, 'child-welfare-phone');
      throw err;
    }
  });
});
