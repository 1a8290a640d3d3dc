// What officials do in 发放名册 and 一卡通代发, step by step, for the end-to-end tests: by the
// Chinese label, button text and menu entry, as console-ui.ts does for accounts.
import type { Page } from 'playwright-core';
import { confirmPopup, submitButton } from './browser';

/** Opens a screen from the side menu and shows `month` there (YYYY-MM). */
export async function openMonth(page: Page, menu: '发放名册' | '一卡通代发', month: string): Promise<void> {
  await page.getByRole('menuitem', { name: menu }).click();
  await page.getByLabel('月份').fill(month);
  await page.getByRole('button', { name: menu === '发放名册' ? '查看' : '查询', exact: true }).click();
  await page.waitForURL((url) => url.searchParams.get('month') === month);
}

/** Clicks a button that asks first, and 确定 in its confirmation. */
export async function confirmed(page: Page, button: string): Promise<void> {
  await page.getByRole('button', { name: button, exact: true }).click();
  await confirmPopup(page);
}

/** Waits for an error alert with this message. */
export async function refusedWith(page: Page, message: string): Promise<void> {
  await page.getByRole('alert').filter({ hasText: message }).waitFor();
}

/** The status tag of the payroll summary, e.g. 已生成，待审批. */
export async function payrollStatusIs(page: Page, status: string): Promise<void> {
  await page.getByTestId('payroll-summary').getByText(status).waitFor();
}

/** 导入回盘: picks the bank, attaches the file as the bank sent it and posts it. */
export async function postReturnFile(page: Page, bank: string, file: { name: string; bytes: Buffer }): Promise<void> {
  await page.getByRole('tab', { name: '导入回盘' }).click();
  await page.getByRole('combobox', { name: '银行' }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: bank }).click();
  await page.locator('input[type=file]').setInputFiles({ name: file.name, mimeType: 'text/plain', buffer: file.bytes });
  await submitButton(page, '导入回盘').click();
}
