// 死亡登记 end to end: a person on 低保 with the high-age allowance (set up through the services'
// APIs), a registrar who records the death in the console and watches the platform react live —
// 低保 stopped, the overpaid month to recover, the allowances stopped, the funeral benefit granted —
// then reports the same death again and looks the record up in 死亡记录.
import type { Browser } from 'playwright-core';
import { Integrator } from '../system/support/platform';
import { docScreenshot, inNewTab, launchBrowser, type Tab } from './support/browser';
import { apiLogin } from './support/console-api';
import { startConsoleStack, type ConsoleStack } from './support/console-stack';
import { loginAndWait } from './support/console-ui';
import { apiReadyUser } from './support/console-users';
import { JUNE, SEPTEMBER, setUpKnownPerson, type KnownPerson } from './support/death-setup';
import { cascadeEntries, reportDeath, waitForCascadeEntry } from './support/deaths-ui';

const REGISTRAR = { username: 'zhou.dengji', displayName: '周登记', roles: ['operator'], division: '110105' };
const REGISTRAR_PASSWORD = 'Zhou-Dengji-2024-minzheng';
const DEATH_DATE = '2024-08-02';

/** '110105194207070710' -> '110***********0710', as the services mask it. */
const masked = (id: string): string => `${id.slice(0, 3)}${'*'.repeat(11)}${id.slice(-4)}`;

describe('死亡登记 (e2e)', () => {
  let stack: ConsoleStack;
  let browser: Browser;
  let person: KnownPerson;
  const integrator = new Integrator();
  const tabs: Tab[] = [];

  beforeAll(async () => {
    stack = await startConsoleStack({
      services: ['civil-registration', 'social-assistance', 'elderly-care'],
      serviceEnv: { 'civil-registration': SEPTEMBER, 'social-assistance': JUNE, 'elderly-care': SEPTEMBER },
    });
    if (!stack.platform) throw new Error('this scenario sets its data up through the services: it needs the stack’s own services, not E2E_CONSOLE_URL');
    person = await setUpKnownPerson(stack.platform, 71);
    const admin = await apiLogin(stack.url, stack.admin.username, stack.admin.password);
    await apiReadyUser(stack.url, admin, REGISTRAR, REGISTRAR_PASSWORD);
    await integrator.start();
    browser = await launchBrowser();
  }, 600_000);

  afterAll(async () => {
    for (const opened of tabs) await opened.context.close();
    await browser?.close();
    await integrator.stop();
    await stack?.stop();
  });

  const scenario = (name: string, steps: (tab: Tab) => Promise<void>): Promise<void> => inNewTab(browser, stack.url, tabs, name, steps);

  it('a registrar records the death and watches the cascade arrive: 低保 stopped, overpayment, allowances stopped, funeral benefit', () =>
    scenario('death-cascade', async ({ page, errors }) => {
      await loginAndWait(page, REGISTRAR.username, REGISTRAR_PASSWORD);
      expect(await page.getByRole('menuitem').allInnerTexts()).toEqual(expect.arrayContaining(['死亡登记', '死亡记录']));
      await page.getByRole('menuitem', { name: '死亡登记' }).click();
      await reportDeath(page, { residentId: person.residentId, name: person.name, dateOfDeath: DEATH_DATE, placeOfDeath: '市第一医院' });

      await page.getByTestId('death-result').filter({ hasText: '死亡登记已完成' }).waitFor();
      expect(await page.getByTestId('death-result').innerText()).toContain(masked(person.residentId));
      await waitForCascadeEntry(page, '死亡登记完成');
      await waitForCascadeEntry(page, '停发低保（自2024年9月起）');
      await waitForCascadeEntry(page, '发放惠民殡葬补贴 ¥2,000.00（含低保/特困加发）');
      await waitForCascadeEntry(page, '停发高龄津贴');
      await waitForCascadeEntry(page, '追回多发金额');

      const entries = await cascadeEntries(page);
      expect(entries[0]).toBe('民政登记 死亡登记完成');
      expect(entries).toEqual(expect.arrayContaining(['社会救助 停发低保（自2024年9月起）', '养老服务 停发高龄津贴（自2024年9月起）', '养老服务 停发养老服务补贴（自2024年9月起）', '民政登记 发放惠民殡葬补贴 ¥2,000.00（含低保/特困加发）']));
      expect(entries.find((e) => e.startsWith('社会救助 追回多发金额'))).toMatch(/^社会救助 追回多发金额 ¥[\d,]+\.\d{2}（2024年9月）$/);
      // Each line says how long after the report it arrived.
      const timeline = await page.getByTestId('cascade-panel').innerText();
      expect(timeline.match(/登记后 \d+ 毫秒/g)?.length).toBeGreaterThanOrEqual(6);

      const overpaid = integrator.of('social-assistance.overpayment.detected.v1', person.residentId)[0].data.amountFen as number;
      const summary = page.getByTestId('cascade-summary');
      await summary.getByText('¥2,000.00').waitFor();
      await docScreenshot(page, 'death-cascade');
      for (const stop of ['低保', '高龄津贴', '养老服务补贴']) expect(await page.getByTestId('summary-stops').innerText()).toContain(stop);
      expect(await page.getByTestId('summary-overpayment').innerText()).toContain(`¥${(overpaid / 100).toLocaleString('en-US', { minimumFractionDigits: 2 })}`);
      expect(await page.getByTestId('summary-funeral-benefit').innerText()).toContain('¥2,000.00');

      // The page showed the platform's events of this report and nothing else.
      const [death] = integrator.of('civil-registration.death.registered.v1', person.residentId);
      const cascade = integrator.events.filter((e) => e.correlationid === death.correlationid);
      expect(entries).toHaveLength(cascade.length);
      expect(errors).toEqual([]);
    }));

  it('a second report of the same death says it is already registered and starts nothing; a different date is refused for review', () =>
    scenario('death-again', async ({ page, errors }) => {
      await loginAndWait(page, REGISTRAR.username, REGISTRAR_PASSWORD);
      await page.getByRole('menuitem', { name: '死亡登记' }).click();
      const before = integrator.events.length;
      await reportDeath(page, { residentId: person.residentId, name: person.name, dateOfDeath: DEATH_DATE, placeOfDeath: '市第一医院' });
      await page.getByTestId('death-result').filter({ hasText: '该人员的死亡已登记' }).waitFor();
      expect(await page.getByTestId('death-result').innerText()).toContain(`死亡日期 ${DEATH_DATE}`);
      expect(await page.getByTestId('cascade-panel').count()).toBe(0);

      await page.getByRole('button', { name: '登记下一位' }).click();
      await reportDeath(page, { residentId: person.residentId, name: person.name, dateOfDeath: '2024-08-03', placeOfDeath: '家中' });
      await page.getByRole('alert').filter({ hasText: '该人员已登记死亡，且死亡日期与本次报告不一致，请核实' }).waitFor();
      expect(await page.getByRole('alert').innerText()).toContain('DEATH.CONFLICTING_DATE');
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect(integrator.events.length).toBe(before);
      expect(errors).toEqual([]);
    }));

  it('死亡记录 finds the record by resident ID, masked, with the funeral benefit', () =>
    scenario('death-records', async ({ page, errors }) => {
      await loginAndWait(page, REGISTRAR.username, REGISTRAR_PASSWORD);
      await page.getByRole('menuitem', { name: '死亡记录' }).click();
      const wrongCheck = person.residentId.endsWith('0') ? '1' : '0';
      await page.getByLabel('身份证号码').fill(`${person.residentId.slice(0, 17)}${wrongCheck}`);
      await page.getByRole('button', { name: '查询' }).click();
      await page.getByText('身份证号码无效，请核对').waitFor();
      await page.getByLabel('身份证号码').fill(person.residentId);
      await page.getByRole('button', { name: '查询' }).click();
      const record = page.getByTestId('death-record');
      await record.waitFor();
      const text = await record.innerText();
      expect(text).toContain(masked(person.residentId));
      expect(text).not.toContain(person.residentId);
      expect(text).toContain(DEATH_DATE);
      expect(text).toMatch(/¥2,000\.00（低保\/特困人员（加发）/);
      expect(errors).toEqual([]);
    }));
});
