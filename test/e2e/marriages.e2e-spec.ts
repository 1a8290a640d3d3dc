// 婚姻登记 end to end: a registrar checks a couple's conditions before registering (a bride under
// age and parties not both present shown as failing, then all met) and registers them; 离婚日历
// shows a divorce application set up through the service on the days its deadlines fall, to
// the registrar of its district and not to another district's.
import type { Browser, Page } from 'playwright-core';
import { token, type Platform } from '../system/support/platform';
import { residentId } from '../support/resident-ids';
import { choose } from './support/assistance-ui';
import { closeFile, docScreenshot, inNewTab, launchBrowser, submitButton, type Tab } from './support/browser';
import { apiLogin } from './support/console-api';
import { startConsoleStack, type ConsoleStack } from './support/console-stack';
import { loginAndWait } from './support/console-ui';
import { apiReadyUser } from './support/console-users';

const REGISTRAR = { username: 'zheng.hunyin', displayName: '郑婚登', roles: ['operator'], division: '110105' };
const OTHER_DISTRICT = { username: 'he.tongzhou', displayName: '何通州', roles: ['operator'], division: '110112' };
const PASSWORD = 'Zheng-Hunyin-2024-minzheng';
const OTHER_PASSWORD = 'He-Tongzhou-2024-minzheng';
const STAFF = token(['operator'], 'e2e-registrar', '110105');
const OFFICE = '朝阳区婚姻登记处';
const OFFICE_ADMIN = token(['admin'], 'e2e-office-admin', '110000');
// 17th digit odd = man, even = woman.
const man = (birth: string, seq: number): string => residentId('110105', birth, seq * 2 + 1);
const woman = (birth: string, seq: number): string => residentId('110105', birth, seq * 2);

/** 'YYYY-MM-DD' of the next calendar day: the certificate window opens the day after cooling-off. */
const dayAfter = (day: string): string => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

interface Divorce {
  coolingOffEndsOn: string;
  certificateDeadline: string;
}

/** The district's registration office, then a couple married and applying for divorce there, through the service. */
async function divorceApplication(platform: Platform): Promise<Divorce> {
  const cr = platform.http('civil-registration');
  const office = { code: 'CY-HY-01', name: OFFICE, kind: 'OFFICE', divisionCode: '110105', address: '朝阳区朝阳路1号', openedOn: '2000-01-01' };
  const officeId = (await cr.post('/api/v1/registration-offices').set('Authorization', OFFICE_ADMIN).send(office).expect(201)).body.id as string;
  const parties = [man('19880101', 40), woman('19900101', 40)];
  const marriage = await cr.post('/api/v1/marriages').set('Authorization', STAFF).send({ kind: 'REGISTRATION', partyResidentIds: parties, declaredKinship: 'NONE', bothPartiesPresent: true, officeId }).expect(201);
  const divorce = await cr.post('/api/v1/divorces').set('Authorization', STAFF).send({ marriageId: marriage.body.id, partyResidentIds: parties, bothPartiesPresent: true, officeId }).expect(201);
  return divorce.body as Divorce;
}

describe('婚姻登记 (e2e)', () => {
  let stack: ConsoleStack;
  let browser: Browser;
  let divorce: Divorce;
  const tabs: Tab[] = [];

  beforeAll(async () => {
    stack = await startConsoleStack({ services: ['civil-registration'], clock: { day: '2024-05-20' }, referenceData: true });
    if (!stack.platform) throw new Error('this scenario sets its data up through the service: it needs the stack’s own services');
    const admin = await apiLogin(stack.url, stack.admin.username, stack.admin.password);
    await apiReadyUser(stack.url, admin, REGISTRAR, PASSWORD);
    await apiReadyUser(stack.url, admin, OTHER_DISTRICT, OTHER_PASSWORD);
    divorce = await divorceApplication(stack.platform);
    browser = await launchBrowser();
  }, 600_000);

  afterAll(() => closeFile(tabs, browser, stack));

  const scenario = (name: string, steps: (tab: Tab) => Promise<void>): Promise<void> => inNewTab(browser, stack.url, tabs, name, steps);

  const verdict = (page: Page, code: string) => page.getByTestId(`check-${code}`).getAttribute('data-passed');

  it('a registrar sees which conditions fail before registering, then registers the couple once all are met', () =>
    scenario('marriage-register', async ({ page, errors }) => {
      await loginAndWait(page, REGISTRAR.username, PASSWORD);
      await page.getByRole('menuitem', { name: '结婚登记' }).click();
      await page.getByLabel('当事人一身份证号').fill(man('19950101', 41));
      await page.getByLabel('当事人二身份证号').fill(woman('20060101', 41));
      await choose(page, page.getByLabel('婚姻登记处（登记点）'), `${OFFICE}（CY-HY-01）`);
      await submitButton(page, '核查登记条件').click();

      await page.getByTestId('marriage-checks').getByText('有条件不符合，不能办理登记。').waitFor();
      expect(await verdict(page, 'MARRIAGE.UNDER_LEGAL_AGE')).toBe('false');
      expect(await page.getByTestId('check-MARRIAGE.UNDER_LEGAL_AGE').innerText()).toContain('当事人二不符合');
      expect(await verdict(page, 'MARRIAGE.PARTIES_NOT_PRESENT')).toBe('false');
      expect(await verdict(page, 'MARRIAGE.ALREADY_MARRIED')).toBe('true');
      expect(await page.getByRole('button', { name: '办理登记' }).isDisabled()).toBe(true);

      await page.getByLabel('当事人二身份证号').fill(woman('19970101', 41));
      await page.getByText('信息已修改，请重新核查。').waitFor();
      await page.getByLabel('双方当事人亲自到场').check();
      await submitButton(page, '核查登记条件').click();
      await page.getByTestId('marriage-checks').getByText('各项条件均符合，可以办理登记。').waitFor();
      expect(await page.getByTestId('marriage-checks').getByLabel('符合').count()).toBe(7);
      await docScreenshot(page, 'marriage-checks');

      await page.getByRole('button', { name: '办理登记' }).click();
      await page.getByTestId('marriage-registered').getByText('结婚登记已完成').waitFor();
      expect(await page.getByTestId('marriage-registered').innerText()).toContain('登记日期 2024-05-20');
      expect(errors).toEqual([]);
    }));

  it('离婚日历 shows the application on its deadlines to its district, with the parties masked', () =>
    scenario('divorce-calendar', async ({ page, errors }) => {
      await loginAndWait(page, REGISTRAR.username, PASSWORD);
      await page.getByRole('menuitem', { name: '离婚日历' }).click();
      await page.goto(`${stack.url}/divorces/calendar?day=${divorce.coolingOffEndsOn}`);
      const cell = (day: string) => page.getByTestId(`calendar-${day}`);
      await cell(divorce.coolingOffEndsOn).getByText('冷静期满 1 件').waitFor();
      await cell(dayAfter(divorce.coolingOffEndsOn)).getByText('可领证 1 件').waitFor();
      const row = page.getByTestId('divorce-day').getByRole('row', { name: /冷静期中/ });
      await row.waitFor();
      expect(await row.innerText()).toMatch(/110\*{11}\d{3}[\dX]/);
      expect(await row.innerText()).toContain('冷静期满');
      await docScreenshot(page, 'divorce-calendar');

      // The deadline's month, reached as a registrar would: the day picked in the next month.
      await page.goto(`${stack.url}/divorces/calendar?day=${divorce.certificateDeadline}`);
      await cell(divorce.certificateDeadline).getByText('领证截止 1 件').waitFor();
      await page.getByTestId('divorce-day').getByRole('row', { name: /领证截止/ }).waitFor();
      expect(errors).toEqual([]);
    }));

  it('another district’s registrar sees nothing of it', () =>
    scenario('divorce-calendar-other-district', async ({ page, errors }) => {
      await loginAndWait(page, OTHER_DISTRICT.username, OTHER_PASSWORD);
      await page.goto(`${stack.url}/divorces/calendar?day=${divorce.coolingOffEndsOn}`);
      await page.getByTestId('divorce-day').getByText('当日没有到期事项').waitFor();
      expect(await page.getByTestId('divorce-calendar').getByText('冷静期满').count()).toBe(0);
      expect(errors).toEqual([]);
    }));
});
