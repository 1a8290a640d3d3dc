// 登录, 修改密码 and 用户管理 as people use them: the first administrator creates a caseworker,
// the caseworker logs in with the one-time password, must change it, and logs out; a wrong
// password five times locks the account.
import type { Browser } from 'playwright-core';
import { docScreenshot, launchBrowser, openTab, screenshotOnFailure, type Tab } from './support/browser';
import { apiCreateUser, apiLogin } from './support/console-api';
import { startConsoleStack, type ConsoleStack } from './support/console-stack';
import { changePassword, createUser, login, loginAndWait, logout } from './support/console-ui';

describe('console accounts (e2e)', () => {
  let stack: ConsoleStack;
  let browser: Browser;
  const tabs: Tab[] = [];

  async function tab(): Promise<Tab> {
    const opened = await openTab(browser, stack.url);
    tabs.push(opened);
    return opened;
  }

  beforeAll(async () => {
    stack = await startConsoleStack();
    browser = await launchBrowser();
  });

  /** Runs a scenario; when it fails, every tab's screen goes to reports/e2e/ first. */
  async function scenario(name: string, steps: () => Promise<void>): Promise<void> {
    try {
      await steps();
    } catch (err) {
      for (const [i, opened] of tabs.entries()) await screenshotOnFailure(opened, `${name}-${i}`);
      throw err;
    }
  }

  afterEach(async () => {
    for (const opened of tabs) await opened.context.close();
    tabs.length = 0;
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('an administrator creates a caseworker, who logs in with the one-time password, must change it, and logs out', () =>
    scenario('create-caseworker', async () => {
    const admin = await tab();
    await loginAndWait(admin.page, stack.admin.username, stack.admin.password);
    expect(await admin.page.getByTestId('current-user').innerText()).toContain('系统管理员');

    const oneTimePassword = await createUser(admin.page, { username: 'wang.fang', displayName: '王芳', roles: ['经办人'], division: '110105001' });
    expect(oneTimePassword.length).toBeGreaterThanOrEqual(10);
    const row = admin.page.getByRole('row').filter({ hasText: 'wang.fang' });
    await row.waitFor();
    expect(await row.innerText()).toMatch(/王芳[\s\S]*经办人[\s\S]*110105001[\s\S]*待修改密码/);
    await docScreenshot(admin.page, 'users');
    await logout(admin.page);

    const caseworker = await tab();
    await login(caseworker.page, 'wang.fang', oneTimePassword);
    // Nowhere to go but 修改密码 until the password is changed.
    await caseworker.page.getByText('须先修改密码才能继续使用').waitFor();
    expect(caseworker.page.url()).toMatch(/\/account\/password$/);
    expect(await caseworker.page.getByRole('menuitem').count()).toBe(0);
    await docScreenshot(caseworker.page, 'change-password');
    await caseworker.page.goto('/account');
    await caseworker.page.waitForURL(/\/account\/password$/);

    const newPassword = 'Wang-Fang-2024-gongzuo';
    await changePassword(caseworker.page, oneTimePassword, newPassword);
    await caseworker.page.waitForURL(/\/account$/);
    const account = await caseworker.page.locator('.ant-descriptions').innerText();
    expect(account).toContain('王芳');
    expect(account).toContain('经办人');
    expect(account).toContain('110105001');
    await docScreenshot(caseworker.page, 'account');
    // A caseworker has no 用户管理 (the screens of their own work are their features' tests).
    const menu = await caseworker.page.getByRole('menuitem').allInnerTexts();
    expect(menu).toContain('我的账户');
    expect(menu).not.toContain('用户管理');
    await logout(caseworker.page);

    // Logged out means out: the account page sends back to 登录, and the new password works.
    await caseworker.page.goto('/account');
    await caseworker.page.waitForURL(/\/login$/);
    await loginAndWait(caseworker.page, 'wang.fang', newPassword);
    expect(caseworker.page.url()).toMatch(/\/account$/);

    expect([...admin.errors, ...caseworker.errors]).toEqual([]);
  }));

  it('a wrong password five times locks the account and says until when', () =>
    scenario('lockout', async () => {
    const adminApi = await apiLogin(stack.url, stack.admin.username, stack.admin.password);
    const password = await apiCreateUser(stack.url, adminApi, { username: 'li.lei', displayName: '李雷', roles: ['operator'], division: '110105' });
    const { page, errors } = await tab();

    for (let attempt = 1; attempt <= 4; attempt++) {
      expect(await login(page, 'li.lei', `wrong-password-${attempt}`)).toBe(401);
      await page.getByRole('alert').filter({ hasText: '用户名或密码错误' }).waitFor();
    }
    expect(await login(page, 'li.lei', 'wrong-password-5')).toBe(423);
    const locked = page.getByRole('alert').filter({ hasText: '账号已锁定' });
    await locked.waitFor();
    expect(await locked.innerText()).toMatch(/请于 \d{4}-\d{2}-\d{2} \d{2}:\d{2} 后再试/);
    await docScreenshot(page, 'login-locked');

    // The right password does not open a locked account either.
    expect(await login(page, 'li.lei', password)).toBe(423);
    await page.getByRole('alert').filter({ hasText: '账号已锁定' }).waitFor();
    expect(page.url()).toMatch(/\/login$/);
    expect(errors).toEqual([]);
  }));

  it('an administrator finds a user, is told in place that a username is taken, edits, resets the password, disables and enables', () =>
    scenario('administer-user', async () => {
      const adminApi = await apiLogin(stack.url, stack.admin.username, stack.admin.password);
      await apiCreateUser(stack.url, adminApi, { username: 'zhao.min', displayName: '赵敏', roles: ['operator'], division: '110105002' });
      const admin = await tab();
      const { page } = admin;
      await loginAndWait(page, stack.admin.username, stack.admin.password);
      await page.getByRole('menuitem', { name: '用户管理' }).click();
      await page.getByPlaceholder('按用户名或姓名搜索').fill('zhao');
      await page.getByPlaceholder('按用户名或姓名搜索').press('Enter');
      await page.getByText('共 1 个用户').waitFor();
      const row = page.getByRole('row').filter({ hasText: 'zhao.min' });

      // A taken username comes back as USER.USERNAME_TAKEN and shows under 用户名.
      await page.getByRole('button', { name: '新建用户' }).click();
      const create = page.getByRole('dialog', { name: '新建用户' });
      await create.getByLabel('用户名').fill('zhao.min');
      await create.getByLabel('姓名').fill('另一个赵敏');
      await create.getByLabel('角色').click();
      await page.locator('.ant-select-item-option').filter({ hasText: '经办人' }).first().click();
      await page.keyboard.press('Escape');
      await create.getByLabel('所属区划').fill('110105');
      await create.getByRole('button', { name: '保存' }).click();
      await create.locator('.ant-form-item').filter({ hasText: '用户名' }).getByText('该用户名已被使用').waitFor();
      await create.getByRole('button', { name: '取消' }).click();

      await row.getByRole('button', { name: '编辑' }).click();
      const edit = page.getByRole('dialog', { name: '编辑用户：zhao.min' });
      await edit.getByLabel('姓名').fill('赵敏（乡镇）');
      await edit.getByLabel('角色').click();
      await page.locator('.ant-select-item-option').filter({ hasText: '乡镇审核人' }).first().click();
      await page.keyboard.press('Escape');
      await edit.getByRole('button', { name: '保存' }).click();
      await row.getByText('赵敏（乡镇）').waitFor();
      expect(await row.innerText()).toMatch(/经办人[\s\S]*乡镇审核人/);

      await row.getByRole('button', { name: '重置密码' }).click();
      await page.getByRole('button', { name: '确定' }).click();
      const reset = page.getByTestId('one-time-password');
      await reset.waitFor();
      const oneTimePassword = (await reset.innerText()).trim();
      await page.getByRole('button', { name: '我已记下密码' }).click();

      await row.getByRole('button', { name: '停用' }).click();
      await page.getByRole('button', { name: '确定' }).click();
      await row.getByText('已停用').waitFor();
      const user = await tab();
      expect(await login(user.page, 'zhao.min', oneTimePassword)).toBe(403);
      await user.page.getByRole('alert').filter({ hasText: '账号已停用' }).waitFor();

      await row.getByRole('button', { name: '启用' }).click();
      await page.getByRole('button', { name: '确定' }).click();
      await row.getByText('待修改密码').waitFor();
      expect(await login(user.page, 'zhao.min', oneTimePassword)).toBe(200);
      await user.page.waitForURL(/\/account\/password$/);
      expect([...admin.errors, ...user.errors]).toEqual([]);
    }));
});
