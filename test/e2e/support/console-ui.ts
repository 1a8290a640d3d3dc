// What a caseworker does in the console, step by step, for the end-to-end tests. Steps find
// things the way a person does: by the Chinese label, button text and menu entry.
import type { Page } from 'playwright-core';

/** Fills in 登录 and submits; resolves with the HTTP status the console answered. */
export async function login(page: Page, username: string, password: string): Promise<number> {
  await page.goto('/login');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  const [response] = await Promise.all([
    page.waitForResponse((r) => new URL(r.url()).pathname === '/api/session' && r.request().method() === 'POST'),
    page.getByRole('button', { name: '登录' }).click(),
  ]);
  return response.status();
}

/** Logs in and waits for the shell (the header's 退出登录). */
export async function loginAndWait(page: Page, username: string, password: string): Promise<void> {
  await login(page, username, password);
  await page.getByRole('button', { name: '退出登录' }).waitFor();
}

export async function logout(page: Page): Promise<void> {
  await page.getByRole('button', { name: '退出登录' }).click();
  await page.getByRole('button', { name: '登录' }).waitFor();
}

export async function changePassword(page: Page, current: string, next: string): Promise<void> {
  await page.getByLabel('当前密码').fill(current);
  await page.getByLabel('新密码', { exact: true }).fill(next);
  await page.getByLabel('确认新密码').fill(next);
  await page.getByRole('button', { name: '修改密码' }).click();
}

export interface NewUser {
  username: string;
  displayName: string;
  /** Chinese role labels as the form shows them, e.g. 经办人. */
  roles: string[];
  division: string;
}

/** 用户管理 → 新建用户 → 保存; returns the one-time password the dialog shows once. */
export async function createUser(page: Page, user: NewUser): Promise<string> {
  const newUser = page.getByRole('button', { name: '新建用户' });
  // Already on 用户管理 after creating the user before: the page is there, no menu to go through.
  if (!(await newUser.isVisible())) await page.getByRole('menuitem', { name: '用户管理' }).click();
  await newUser.click();
  const dialog = page.getByRole('dialog', { name: '新建用户' });
  await dialog.getByLabel('用户名').fill(user.username);
  await dialog.getByLabel('姓名').fill(user.displayName);
  await dialog.getByLabel('角色').click();
  for (const role of user.roles) await page.locator('.ant-select-item-option').filter({ hasText: role }).first().click();
  await page.keyboard.press('Escape');
  await dialog.getByLabel('所属区划').fill(user.division);
  await dialog.getByRole('button', { name: '保存' }).click();
  const shown = page.getByTestId('one-time-password');
  await shown.waitFor();
  const password = (await shown.innerText()).trim();
  await page.getByRole('button', { name: '我已记下密码' }).click();
  // The dialog closes before the next step uses the page behind it.
  await shown.waitFor({ state: 'detached' });
  return password;
}
