// The 养老服务 screens as a clerk and an approver use them, for the end-to-end tests: by label,
// button text and menu entry.
import type { Page } from 'playwright-core';
import { choose } from './assistance-ui';
import { typeDate } from './canteen-ui';
import { confirmPopup } from './browser';

/** The row of the order list holding `text` (a masked name, an item). */
export function orderRow(page: Page, text: string) {
  return page.getByTestId('order-list').locator('tbody tr.ant-table-row').filter({ hasText: text });
}

/** 派单 of the order in the row `text`: the provider chosen in the dialog. */
export async function assignOrder(page: Page, text: string, provider: string): Promise<void> {
  await orderRow(page, text).getByRole('button', { name: '派单' }).click();
  const dialog = page.getByRole('dialog');
  await choose(page, dialog.getByLabel('服务机构'), provider);
  await dialog.getByRole('button', { name: '提交' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

/** 签到 or 签退 of the order in the row `text`, at a time typed as the caregiver's device showed it ('2024-07-20 09:00'). */
export async function visitStep(page: Page, text: string, step: '签到' | '签退', at: string): Promise<void> {
  await orderRow(page, text).getByRole('button', { name: step }).click();
  await submitVisitTime(page, at);
}

/** The time in the open 签到/签退 dialog, submitted (again, after a refusal the dialog keeps showing). */
export async function submitVisitTime(page: Page, at: string): Promise<void> {
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('服务时间（设备时间）').fill(at);
  await dialog.getByRole('button', { name: '提交' }).click();
}

/** 居家服务结算 → the month; the list of its settlements. */
export async function openSettlements(page: Page, month: string): Promise<void> {
  await page.getByRole('menuitem', { name: '居家服务结算' }).click();
  await typeDate(page, '结算月份', month);
  await page.getByTestId('home-care-settlements').waitFor();
}

/** 审批通过 of the settlement in the row `text` and its confirmation. */
export async function approveSettlement(page: Page, text: string): Promise<void> {
  await page.getByTestId('home-care-settlements').locator('tbody tr.ant-table-row').filter({ hasText: text }).getByRole('button', { name: '审批通过' }).click();
  await confirmPopup(page);
}
