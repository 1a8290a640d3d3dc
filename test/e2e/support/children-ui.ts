// 儿童台账 and the child page as a child director uses them, for the end-to-end tests: by label,
// button text and menu entry.
import type { Locator, Page } from 'playwright-core';

export interface VisitInput {
  /** YYYY-MM-DD, typed into the date picker. */
  visitedOn: string;
  notes: string;
  /** The tier as the form offers it, e.g. 高风险（红）; none keeps the tier. */
  tier?: string;
  reason?: string;
}

/** 儿童台账 from the menu (on a phone, open the menu with its button first). */
export async function openLedger(page: Page): Promise<void> {
  await page.getByRole('menuitem', { name: '儿童台账' }).click();
  await page.getByText('儿童福利台账').first().waitFor();
}

/** Fills in 记录走访 on the child page and saves it; waits for the service's answer. */
export async function recordVisit(page: Page, visit: VisitInput): Promise<void> {
  const form = page.locator('form#visit');
  await pickDate(form, '走访日期', visit.visitedOn);
  await form.getByLabel('走访情况').fill(visit.notes);
  if (visit.tier) {
    await form.getByLabel('调整风险等级').click();
    await page.locator('.ant-select-item-option').filter({ hasText: visit.tier }).click();
    await form.getByLabel('调整理由').fill(visit.reason ?? '');
  }
  await form.getByRole('button', { name: '保存走访' }).click();
}

/** The ledger row (or phone card) of a child, by their masked name. */
export function ledgerEntry(page: Page, maskedName: string) {
  return page.locator('tr, li').filter({ hasText: maskedName });
}

/** Types a day (YYYY-MM-DD) into a form's date picker by its label. */
export async function pickDate(form: Locator, label: string, day: string): Promise<void> {
  const date = form.getByLabel(label);
  await date.click();
  await date.fill(day);
  await date.press('Enter');
}
