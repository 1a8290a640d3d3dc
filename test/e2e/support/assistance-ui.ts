// What a caseworker does in 家庭登记, 低保 and 特困, step by step, for the end-to-end tests: by the
// Chinese label, button text and menu entry, as console-ui.ts does for accounts.
import type { Locator, Page } from 'playwright-core';
import { confirmPopup } from './browser';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;

/** Opens a select by its label and picks the option with exactly this text. */
export async function choose(page: Page, select: Locator, option: string): Promise<void> {
  await select.click();
  const list = page.locator('.ant-select-dropdown:visible');
  const item = list.locator('.ant-select-item-option').filter({ hasText: new RegExp(`^${option}$`) });
  const taken = item.and(page.locator('.ant-select-item-option-selected'));
  // A click that lands while the list is still opening (its animation moves the options) chooses
  // nothing and leaves the list open over the form's buttons: click again until it is chosen.
  for (let attempt = 1; attempt <= 3; attempt += 1) {
    await item.click();
    if (await chosenWithin(page, async () => (await list.count()) === 0 || (await taken.count()) > 0, 1_000)) break;
  }
  await list.waitFor({ state: 'hidden', timeout: 3_000 }).catch(() => undefined); // a multiple choice stays open
}

async function chosenWithin(page: Page, check: () => Promise<boolean>, ms: number): Promise<boolean> {
  for (const deadline = Date.now() + ms; Date.now() < deadline; await page.waitForTimeout(50)) if (await check()) return true;
  return false;
}

export interface MemberInput {
  name: string;
  residentId: string;
  /** As the form shows it: 申请人, 配偶 … */
  relation: string;
  /** 重度残疾, 重病患者, 单亲家庭 */
  categories?: string[];
  /** Source as shown (养老金, 工资性收入 …) and the monthly amount in yuan. */
  incomes?: Array<{ source: string; yuan: string }>;
}

async function fillMember(page: Page, index: number, member: MemberInput): Promise<void> {
  const card = page.getByTestId(`member-${index}`);
  await card.getByLabel('姓名').fill(member.name);
  await card.getByLabel('身份证号码').fill(member.residentId);
  await choose(page, card.getByLabel('与申请人关系'), member.relation);
  for (const category of member.categories ?? []) await card.getByRole('checkbox', { name: category }).check();
  for (const [i, income] of (member.incomes ?? []).entries()) {
    await card.getByRole('button', { name: '添加收入' }).click();
    await choose(page, card.getByLabel('收入来源').nth(i), income.source);
    await card.getByLabel('每月金额（元）').nth(i).fill(income.yuan);
  }
}

/** 家庭登记: fills the form and submits it (the household page or the form's errors follow). */
export async function registerHousehold(page: Page, household: { regionCode?: string; assetsYuan: string; members: MemberInput[] }): Promise<void> {
  await page.getByRole('menuitem', { name: '家庭登记' }).click();
  if (household.regionCode) await page.getByLabel('居住地行政区划').fill(household.regionCode);
  await page.getByLabel('家庭金融资产（元）').fill(household.assetsYuan);
  for (const [index, member] of household.members.entries()) {
    if (index > 0) await page.getByRole('button', { name: '添加成员' }).click();
    await fillMember(page, index, member);
  }
  await page.getByRole('button', { name: '登记家庭' }).click();
}

async function idIn(page: Page, testId: string): Promise<string> {
  const text = await page.getByTestId(testId).innerText();
  const id = UUID.exec(text)?.[0];
  if (!id) throw new Error(`no number in ${testId}: ${text}`);
  return id;
}

export const householdIdShown = (page: Page): Promise<string> => idIn(page, 'household-id');
export const caseIdShown = (page: Page): Promise<string> => idIn(page, 'case-id');

/** Waits until the case page shows this status (申请中, 公示中, 已批准 …). */
export async function caseStatusIs(page: Page, status: string): Promise<void> {
  await page.getByTestId('case-status').filter({ hasText: status }).waitFor();
}

/** 低保审批 / 特困审批 → the case by its number, as the caseworker passed it on. */
export async function openCase(page: Page, menu: '低保审批' | '特困审批', caseId: string): Promise<void> {
  await page.getByRole('menuitem', { name: menu }).click();
  await page.getByPlaceholder('输入案件编号').fill(caseId);
  await page.getByRole('button', { name: '打开案件' }).click();
  await page.getByTestId('case-id').filter({ hasText: caseId }).waitFor();
}

/** 批准 and 确定 in the confirmation. */
export async function approve(page: Page): Promise<void> {
  await page.getByTestId('decision-panel').getByRole('button', { name: '批准' }).click();
  await confirmPopup(page);
}

/** A modal asking for one text (记录异议, 处理异议, 驳回申请): fill it in and 保存. */
export async function answerPrompt(page: Page, title: string, label: string, text: string): Promise<void> {
  const dialog = page.getByRole('dialog', { name: title });
  await dialogSettled(dialog);
  await dialog.getByLabel(label).fill(text);
  await dialog.getByRole('button', { name: '保存' }).click();
  const closed = await dialog.waitFor({ state: 'hidden' }).then(() => true, () => false);
  // A dialog that stays open says why (a field's message, the service's problem): that is the failure.
  if (!closed) throw new Error(`「${title}」did not close after 保存; it shows: ${await dialog.innerText()}`);
}

/** Waits for a modal's opening animation to end, so nothing typed lands while it is still appearing. */
async function dialogSettled(dialog: Locator): Promise<void> {
  await dialog.and(dialog.page().locator('.ant-modal:not(.ant-zoom-enter)')).waitFor();
}
