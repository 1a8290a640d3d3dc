// Headless Chromium for the end-to-end tests: Debian's own build (never a downloaded one), as an
// office PC in Beijing would show the console: zh-CN, Asia/Shanghai.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';

const ROOT = resolve(__dirname, '../../..');
/** Failure screenshots; reports/ is not in git. */
export const SCREENSHOT_DIR = join(ROOT, 'reports', 'e2e');

function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('No chromium on PATH: install Debian\'s chromium package or set CHROMIUM_PATH');
  }
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export interface Tab {
  context: BrowserContext;
  page: Page;
  /** Errors the page threw or logged; a test ends by expecting none. */
  errors: string[];
}

/** A fresh browser profile (no cookies) with one tab on `baseURL`. */
export async function openTab(browser: Browser, baseURL: string): Promise<Tab> {
  const context = await browser.newContext({ baseURL, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    // A refused request is logged by the browser itself; the test asserts what the UI shows instead.
    if (message.type() === 'error' && !/Failed to load resource/.test(message.text())) errors.push(`console: ${message.text()}`);
  });
  return { context, page, errors };
}

/** Keeps what the page looked like when a step failed. */
export async function screenshotOnFailure(tab: Tab | undefined, name: string): Promise<void> {
  if (!tab) return;
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await tab.page.screenshot({ path: join(SCREENSHOT_DIR, `${name.replace(/[^\w-]+/g, '_')}.png`), fullPage: true }).catch(() => undefined);
}

/**
 * One scenario in a fresh tab on `baseURL`: `steps` get the tab; when they fail, the page is kept
 * as `reports/e2e/<name>.png`. The tab joins `tabs`, which the file closes after all.
 */
export async function inNewTab(browser: Browser, baseURL: string, tabs: Tab[], name: string, steps: (tab: Tab) => Promise<void>): Promise<void> {
  const tab = await openTab(browser, baseURL);
  tabs.push(tab);
  try {
    await steps(tab);
  } catch (err) {
    await screenshotOnFailure(tab, name);
    throw err;
  }
}

/**
 * A form's submit button by its text. Not by role and name: after a first click, Ant Design's
 * click ripple (an element it leaves inside the button while its animation runs, longer on a
 * loaded machine) has made Chromium's role query miss the button it found before.
 */
export function submitButton(page: Page, text: string): Locator {
  return page.locator('button[type=submit]').filter({ hasText: new RegExp(`^${text}$`) });
}

/** What docScreenshot reads in the page; this file is compiled without the DOM library. */
interface BrowserWindow {
  document: { getAnimations(): Array<{ playState: string }> };
}

/**
 * The documentation's picture of a screen, taken on the way through a test when the run is
 * `npm run console:screenshots` (CONSOLE_SCREENSHOTS_DIR=docs/console); otherwise nothing.
 * docs/console/README.md lists the names. The whole page, unless `fullPage: false`: a dialog's
 * mask covers the window only, so a dialog over a long page is pictured as the window shows it.
 */
export async function docScreenshot(page: Page, name: string, { fullPage = true }: { fullPage?: boolean } = {}): Promise<void> {
  const dir = process.env.CONSOLE_SCREENSHOTS_DIR;
  if (!dir) return;
  mkdirSync(join(ROOT, dir), { recursive: true });
  // A closing dialog fades out for a few hundred milliseconds: wait for the screen to settle.
  await page.waitForFunction(() => (globalThis as unknown as BrowserWindow).document.getAnimations().every((animation) => animation.playState !== 'running'));
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(ROOT, dir, `${name}.png`), fullPage });
}

/** What a test file opened, closed after all its scenarios: the tabs, the browser, the stack. */
export async function closeFile(tabs: readonly Tab[], browser: Browser | undefined, stack: { stop(): Promise<void> } | undefined): Promise<void> {
  for (const opened of tabs) await opened.context.close();
  await browser?.close();
  await stack?.stop();
}

/**
 * Clicks 确定 in the open Popconfirm and waits for it to close. A click that lands while the page
 * re-renders under it (a refetch when the tab gains focus) can be lost, leaving the popup open:
 * then it is clicked again, at most twice more.
 */
export async function confirmPopup(page: Page): Promise<void> {
  const popup = page.locator('.ant-popconfirm:visible');
  for (let attempt = 0; attempt < 3; attempt += 1) {
    await popup.getByRole('button', { name: '确定' }).click();
    const closed = await popup.waitFor({ state: 'hidden', timeout: 2_000 }).then(() => true, () => false);
    if (closed) return;
  }
  await popup.waitFor({ state: 'hidden' });
}
