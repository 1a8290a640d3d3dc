// 养老服务 end to end, the services standing on 15 August 2024 (July is over and can be settled).
// Two elders are registered and granted their high-age allowance through the service's API. A
// clerk who also approves imports a list and reads every line's verdict, finds an elder in the
// registry by age band and township, opens the elder's page (allowances), records an ability
// assessment on the 26-item sheet, orders a meal and works the order through 派单, 签到, a too
// short 签退 refused, 签退 and 老人确认; settles July with the provider and is refused approving
// the settlement they made; a second approver approves it. The clerk signs a 家庭养老床位 for another
// elder, admits her to an institution, reads its beds and discharges her. A clerk of another
// district sees none of it and is refused the elder's page and the institution's beds.
import type { Browser } from 'playwright-core';
import { residentId } from '../support/resident-ids';
import { choose } from './support/assistance-ui';
import { confirmPopup, docScreenshot, inNewTab, launchBrowser, submitButton, type Tab } from './support/browser';
import { typeDate } from './support/canteen-ui';
import { apiLogin } from './support/console-api';
import { startConsoleStack, type DatedConsoleStack } from './support/console-stack';
import { loginAndWait } from './support/console-ui';
import { apiReadyUser } from './support/console-users';
import { INSTITUTION_NAME, ITEM_LABEL, PROVIDER_NAME, setUpElders, type EldersSetup } from './support/elders-setup';
import { approveSettlement, assignOrder, openSettlements, orderRow, submitVisitTime, visitStep } from './support/elders-ui';

const CLERK = { username: 'zhou.yanglao', displayName: '周养老', roles: ['operator', 'approver'], division: '110105' };
const CLERK_PASSWORD = 'Zhou-Yanglao-2024-minzheng';
const APPROVER = { username: 'wu.shenpi', displayName: '吴审批', roles: ['approver'], division: '110105' };
const APPROVER_PASSWORD = 'Wu-Shenpi-2024-minzheng';
const OUTSIDER = { username: 'zheng.haidian', displayName: '郑海淀', roles: ['operator', 'approver'], division: '110108' };
const OUTSIDER_PASSWORD = 'Zheng-Haidian-2024-minzheng';
const TODAY = '2024-08-15';

/** '110105194003030011' -> '110***********0011', as the services mask it. */
const masked = (id: string): string => `${id.slice(0, 3)}${'*'.repeat(11)}${id.slice(-4)}`;

/** The import list: one new elder and four lines the service refuses, each for its own reason. */
function importList(setup: EldersSetup) {
  const zhang = residentId('110105', '19540303', 93);
  const valid = residentId('110105', '19450404', 94);
  const badId = `${valid.slice(0, 17)}${valid.endsWith('0') ? '1' : '0'}`;
  const text = [
    'residentId,name,region,local',
    `${zhang},张桂芝,110105001002,是`,
    `${residentId('110105', '19700101', 95)},赵小明,110105001001,是`,
    `${badId},钱错号,110105001001,是`,
    `${setup.wang.residentId},王秀英,110105001001,是`,
    `${residentId('110108', '19400606', 96)},孙海淀,110108001001,是`,
  ].join('\n');
  return { text, zhang };
}

describe('养老服务 (e2e)', () => {
  let stack: DatedConsoleStack;
  let browser: Browser;
  let setup: EldersSetup;
  const tabs: Tab[] = [];

  beforeAll(async () => {
    stack = await startConsoleStack({ services: ['elderly-care'], referenceData: true, clock: { day: TODAY } });
    if (!stack.platform) throw new Error('this scenario sets its data up through the elderly-care service: it needs the stack’s own services');
    setup = await setUpElders(stack.platform, '2024-08');
    const admin = await apiLogin(stack.url, stack.admin.username, stack.admin.password);
    await apiReadyUser(stack.url, admin, CLERK, CLERK_PASSWORD);
    await apiReadyUser(stack.url, admin, APPROVER, APPROVER_PASSWORD);
    await apiReadyUser(stack.url, admin, OUTSIDER, OUTSIDER_PASSWORD);
    browser = await launchBrowser();
  }, 600_000);

  afterAll(async () => {
    for (const opened of tabs) await opened.context.close();
    await browser?.close();
    await stack?.stop();
  });

  const scenario = (name: string, steps: (tab: Tab) => Promise<void>): Promise<void> => inNewTab(browser, stack.url, tabs, name, steps);

  it('a clerk imports a list and reads each line’s verdict, then finds an elder by age band and township', () =>
    scenario('elders-import', async ({ page, errors }) => {
      await loginAndWait(page, CLERK.username, CLERK_PASSWORD);
      expect(await page.getByRole('menuitem').allInnerTexts()).toEqual(expect.arrayContaining(['老人名册', '老人导入', '居家服务工单', '居家服务结算']));
      await page.getByRole('menuitem', { name: '老人导入' }).click();
      const { text, zhang } = importList(setup);
      await page.getByLabel('名单内容').fill(text);
      await submitButton(page, '导入').click();
      const report = page.getByTestId('import-report');
      await report.getByText('已导入 1 行，未导入 4 行').waitFor();
      const rows = await page.getByTestId('import-lines').locator('tbody tr.ant-table-row').allInnerTexts();
      expect(rows).toHaveLength(5);
      expect(rows[0]).toMatch(new RegExp(`^2\\s+${masked(zhang).replace(/\*/g, '\\*')},张桂芝.*已导入`, 's'));
      expect(rows[1]).toMatch(/^3.*未导入\s+未满 60 周岁/s);
      expect(rows[2]).toMatch(/^4.*未导入\s+身份证号码校验不通过/s);
      expect(rows[3]).toMatch(/^5.*未导入\s+重复：名单中前面已有或此前已登记/s);
      expect(rows[4]).toMatch(/^6.*未导入\s+不在您所辖的行政区划内/s);
      expect(rows.join('\n')).not.toContain(zhang);
      expect(await page.getByLabel('名单内容').inputValue()).toBe('');
      await docScreenshot(page, 'elders-import');

      await page.getByRole('menuitem', { name: '老人名册' }).click();
      const list = page.getByTestId('elder-list');
      await list.getByRole('link', { name: '张*芝' }).waitFor();
      expect(await list.locator('tbody tr.ant-table-row').count()).toBe(3);
      await choose(page, page.getByLabel('年龄段'), '80–89 岁');
      await page.getByRole('button', { name: '查询' }).click();
      await list.getByRole('link', { name: '李*兰' }).waitFor();
      await list.getByRole('link', { name: '张*芝' }).waitFor({ state: 'detached' });
      await page.getByLabel('乡镇（街道）').fill('110105001');
      await page.getByRole('button', { name: '查询' }).click();
      await list.getByRole('link', { name: '李*兰' }).waitFor({ state: 'detached' });
      const found = await list.locator('tbody tr.ant-table-row').allInnerTexts();
      expect(found).toEqual([expect.stringMatching(/王\*英.*84.*1940-01-01.*110105001001.*是.*在册/s)]);
      expect(found[0]).toContain(masked(setup.wang.residentId));
      await docScreenshot(page, 'elders-registry');
      expect(errors).toEqual([]);
    }));

  it('the clerk assesses the elder on the 26-item sheet and orders a meal on the elder’s page', () =>
    scenario('elder-page', async ({ page, errors }) => {
      await loginAndWait(page, CLERK.username, CLERK_PASSWORD);
      await page.getByRole('menuitem', { name: '老人名册' }).click();
      await page.getByTestId('elder-list').getByRole('link', { name: '王*英' }).click();
      expect(page.url()).toContain(`/elders/${setup.wang.id}`);
      expect(page.url()).not.toContain(setup.wang.residentId);
      const allowances = page.getByTestId('elder-allowances');
      await allowances.getByText('高龄津贴').first().waitFor();
      expect(await allowances.innerText()).toMatch(/80–99 周岁\s+¥50\.00/);

      await page.getByRole('button', { name: '新增能力评估' }).click();
      const sheet = page.getByTestId('assessment-form');
      expect(await sheet.locator('input[role=spinbutton]').count()).toBe(27); // 26 items and the care-risk events
      await typeDate(page, '评估日期', '2024-08-10');
      await sheet.getByLabel('进食').fill('2');
      await sheet.getByLabel('平地步行').fill('3');
      await sheet.getByLabel('上下楼梯').fill('3');
      await sheet.getByText('认知障碍/痴呆').click();
      await sheet.getByTestId('assessment-total').getByText('合计 87 分').waitFor();
      await submitButton(page, '提交评估').click();
      await page.getByRole('status').filter({ hasText: '评估完成：总分 87，中度失能（2 级）' }).waitFor();
      const assessments = await page.getByTestId('elder-assessments').locator('tbody tr.ant-table-row').allInnerTexts();
      expect(assessments).toEqual([expect.stringMatching(/2024-08-10.*中度失能（2 级）.*87.*轻度失能（1 级）.*认知障碍\/痴呆.*自理能力 30 \/ 32.*基础运动能力 14 \/ 15.*2025-08-10/s)]);
      await docScreenshot(page, 'elder-assessment');

      const orders = page.getByTestId('elder-orders');
      await choose(page, orders.getByLabel('服务项目'), ITEM_LABEL);
      await submitButton(page, '下单').click();
      await orders.locator('tbody tr.ant-table-row').filter({ hasText: '待派单' }).waitFor();
      expect(await orders.innerText()).toMatch(/2024-08-15\s+HC-MEAL\s+¥20\.00\s+¥15\.00\s+待派单/);
      expect(errors).toEqual([]);
    }));

  it('the clerk works the order through its visit and settles July, refused approving it; a second approver approves', async () => {
    await scenario('home-care-clerk', async ({ page, errors }) => {
      await loginAndWait(page, CLERK.username, CLERK_PASSWORD);
      await page.getByRole('menuitem', { name: '居家服务工单' }).click();
      await orderRow(page, '王*英').waitFor();
      await assignOrder(page, '王*英', PROVIDER_NAME);
      await orderRow(page, '已派单').waitFor();
      await visitStep(page, '王*英', '签到', '2024-07-20 09:00');
      await orderRow(page, '服务中').waitFor();
      // Ten minutes is shorter than the city's minimum visit (30 minutes): refused, in Chinese.
      await visitStep(page, '王*英', '签退', '2024-07-20 09:10');
      await page.getByRole('dialog').getByRole('alert').filter({ hasText: '服务时长不足最短时长' }).waitFor();
      await submitVisitTime(page, '2024-07-20 10:00');
      await orderRow(page, '待确认').waitFor();
      await orderRow(page, '王*英').getByRole('button', { name: '老人确认' }).click();
      await confirmPopup(page);
      const row = orderRow(page, '已确认');
      await row.waitFor();
      expect(await row.innerText()).toMatch(/王\*英.*助餐 送餐上门.*¥20\.00.*¥15\.00.*康乐居家养老服务中心（测试）.*已确认.*2024-07-20 09:00.*2024-07-20 10:00.*2024年0?7月/s);
      await docScreenshot(page, 'home-care-orders');

      await openSettlements(page, '2024-07');
      await choose(page, page.getByLabel('服务机构'), PROVIDER_NAME);
      await submitButton(page, '生成结算（2024年7月）').click();
      const settlements = page.getByTestId('home-care-settlements');
      await settlements.getByText('待审批').waitFor();
      expect(await settlements.locator('tbody tr.ant-table-row').innerText()).toMatch(/康乐居家养老服务中心（测试）\s+1\s+¥20\.00\s+¥15\.00\s+¥5\.00\s+待审批\s+\S+/);
      // Maker and checker: the clerk holds the approver role, yet may not approve what they made.
      await approveSettlement(page, PROVIDER_NAME);
      const refusal = page.getByRole('alert').filter({ hasText: '结算的制作人不能审批该结算' });
      await refusal.waitFor();
      expect(await refusal.innerText()).toContain('HOME_CARE.SETTLEMENT_SAME_PERSON');
      expect(await settlements.innerText()).toContain('待审批');
      expect(errors).toEqual([]);
    });

    await scenario('home-care-approver', async ({ page, errors }) => {
      await loginAndWait(page, APPROVER.username, APPROVER_PASSWORD);
      await openSettlements(page, '2024-07');
      await approveSettlement(page, PROVIDER_NAME);
      const settlements = page.getByTestId('home-care-settlements');
      await settlements.getByText('已审批').waitFor();
      expect(await settlements.getByRole('button', { name: '审批通过' }).count()).toBe(0);
      await docScreenshot(page, 'home-care-settlement');
      await page.getByRole('menuitem', { name: '居家服务工单' }).click();
      await orderRow(page, '已结算').waitFor();
      expect(errors).toEqual([]);
    });
  });

  it('the clerk signs a home care bed for an elder, admits her to an institution, reads its beds and discharges her', () =>
    scenario('institution-beds', async ({ page, errors }) => {
      await loginAndWait(page, CLERK.username, CLERK_PASSWORD);
      await page.getByRole('menuitem', { name: '老人名册' }).click();
      await page.getByTestId('elder-list').getByRole('link', { name: '李*兰' }).click();
      const placement = page.getByTestId('elder-placement');
      await choose(page, placement.locator('form#home-care-bed').getByLabel('养老机构'), INSTITUTION_NAME);
      await typeDate(page, '签约日期', '2024-08-01');
      await submitButton(page, '签约家庭养老床位').click();
      await page.getByText('已签约家庭养老床位').waitFor();
      await choose(page, placement.locator('form#admit').getByLabel('养老机构'), INSTITUTION_NAME);
      await typeDate(page, '入住日期', '2024-08-02');
      await submitButton(page, '入住机构').click();
      await page.getByText('已办理入住').waitFor();
      const stays = page.getByRole('row').filter({ hasText: INSTITUTION_NAME });
      await stays.waitFor();
      expect(await stays.innerText()).toMatch(/001\s+2024-08-02/);

      await page.getByRole('menuitem', { name: '养老机构' }).click();
      const institution = page.getByTestId('institution-list').locator('tbody tr.ant-table-row').filter({ hasText: INSTITUTION_NAME });
      expect(await institution.innerText()).toMatch(/110105002\s+公办\s+3\s+1\s+2\s+33\.3%/);
      await institution.getByRole('link', { name: INSTITUTION_NAME }).click();
      const beds = page.getByTestId('institution-beds');
      const occupied = beds.locator('tbody tr.ant-table-row').filter({ hasText: '001' });
      expect(await occupied.innerText()).toMatch(new RegExp(`001\\s+李\\*兰\\s+${masked(setup.li.residentId).replace(/\*/g, '\\*')}\\s+2024-08-02`));
      await docScreenshot(page, 'institution-beds');
      await occupied.getByRole('button', { name: '办理离院' }).click();
      const dialog = page.getByRole('dialog');
      await typeDate(page, '离院日期', '2024-08-14');
      await choose(page, dialog.getByLabel('离院原因'), '回家');
      await dialog.getByRole('button', { name: '办理离院' }).click();
      await beds.locator('tbody tr.ant-table-row').filter({ hasText: '001' }).filter({ hasText: '空床' }).waitFor();
      expect(errors).toEqual([]);
    }));

  it('a clerk of another district sees none of the elders, orders or institutions and is refused the elder’s page and the beds', () =>
    scenario('elders-outsider', async ({ page, errors }) => {
      await loginAndWait(page, OUTSIDER.username, OUTSIDER_PASSWORD);
      await page.getByRole('menuitem', { name: '老人名册' }).click();
      await page.getByTestId('elder-list').getByText('暂无数据').waitFor();
      await page.getByRole('menuitem', { name: '居家服务工单' }).click();
      await page.getByTestId('order-list').getByText('暂无数据').waitFor();
      // A link to the elder's page, passed on: the service refuses it outside the division.
      await page.goto(`/elders/${setup.wang.id}`);
      const refusal = page.getByRole('alert').filter({ hasText: '该记录不在您所辖的行政区划内' });
      await refusal.waitFor();
      expect(await refusal.innerText()).toContain('AUTH.OUTSIDE_DIVISION');
      expect(await page.locator('body').innerText()).not.toContain('王*英');
      await page.getByRole('menuitem', { name: '养老机构' }).click();
      await page.getByTestId('institution-list').getByText('暂无数据').waitFor();
      await page.goto(`/institutions/${setup.institutionId}`);
      await page.getByRole('alert').filter({ hasText: '该记录不在您所辖的行政区划内' }).waitFor();
      expect(await page.getByTestId('institution-beds').locator('tbody tr.ant-table-row').count()).toBe(0);
      expect(errors).toEqual([]);
    }));
});
