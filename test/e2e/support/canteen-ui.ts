// The 助餐 screens as a clerk and an approver use them, for the end-to-end tests: by label, button
// text and menu entry.
import type { Page } from 'playwright-core';
import { choose } from './assistance-ui';
import { confirmPopup } from './browser';

/** Types a day or a month into a date picker found by its label, as a person would. */
export async function typeDate(page: Page, label: string, value: string): Promise<void> {
  const input = page.getByLabel(label);
  await input.click();
  await input.fill(value);
  await input.press('Enter');
}

/** 助餐结算 → the month → 发起结算 for the canteen; resolves on the new settlement's page. */
export async function runSettlement(page: Page, month: string, canteenName: string): Promise<void> {
  await page.getByRole('menuitem', { name: '助餐结算' }).click();
  await typeDate(page, '结算月份', month);
  await choose(page, page.getByLabel('助餐点'), canteenName);
  await page.getByRole('button', { name: /^生成结算单/ }).click();
  await page.getByTestId('settlement-summary').waitFor();
}

/** 审批通过 and its confirmation. */
export async function approveSettlement(page: Page): Promise<void> {
  await page.getByRole('button', { name: '审批通过' }).click();
  await confirmPopup(page);
}

/** The row of the lines table holding `text` (a masked name, a date). */
export function lineRow(page: Page, text: string) {
  return page.getByTestId('settlement-lines').locator('tbody tr.ant-table-row').filter({ hasText: text });
}
