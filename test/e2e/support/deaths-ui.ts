// 死亡登记 and 死亡记录 as a registrar uses them, for the end-to-end tests: by label, button text
// and menu entry.
import type { Page } from 'playwright-core';

export interface DeathReportInput {
  residentId: string;
  name: string;
  /** YYYY-MM-DD, typed into the date picker. */
  dateOfDeath: string;
  placeOfDeath: string;
}

/** Fills in 死亡登记 (民族 汉族, 火化 and 医院 as the form suggests) and sends it. */
export async function reportDeath(page: Page, report: DeathReportInput): Promise<void> {
  await page.getByLabel('身份证号码').fill(report.residentId);
  await page.getByLabel('姓名').fill(report.name);
  const date = page.getByLabel('死亡日期');
  await date.click();
  await date.fill(report.dateOfDeath);
  await date.press('Enter');
  await page.getByLabel('死亡地点').fill(report.placeOfDeath);
  await page.getByRole('button', { name: '登记死亡' }).click();
}

/** The texts of the 联动 timeline's entries, in order. */
export async function cascadeEntries(page: Page): Promise<string[]> {
  return (await page.getByTestId('cascade-entry').allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
}

/** Waits until the timeline has an entry containing `text`. */
export async function waitForCascadeEntry(page: Page, text: string): Promise<void> {
  await page.getByTestId('cascade-entry').filter({ hasText: text }).first().waitFor({ timeout: 30_000 });
}
