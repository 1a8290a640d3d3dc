// `npm run report:screenshot -- --in reports/annual/annual-report-2024.html --out docs/report/annual-report-2024.png`:
// the annual report's HTML as one full-page PNG, in Debian's headless Chromium (never a
// downloaded browser; CHROMIUM_PATH overrides `which chromium`). The page may fetch nothing: a
// request that is not the file itself fails the screenshot, which keeps the report self-contained.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { optionsOrExitCode, parseCliArgs, refuse, type ParsedArgs } from '../libs/common/src/cli/cli-args';
import { runCli } from '@app/common/cli/run-cli';
import { launchBrowser } from '../test/e2e/support/browser';

const USAGE = `Renders the annual report's HTML as a full-page PNG in headless Chromium.

usage: npm run report:screenshot -- --in <report.html> --out <picture.png> [--width <px>] [--selector <css>]

  --in     the HTML that npm run report wrote (e.g. with --from-fixture for docs/report/)
  --out    the PNG to write; its directory is made when missing
  --width  page width in CSS pixels, default 1200
  --selector  only this element of the page (e.g. '#chapter-disbursement'), else the full page`;

interface ScreenshotOptions {
  input: string;
  output: string;
  width: number;
  selector?: string;
}

function parseScreenshotArgs(argv: readonly string[]): ParsedArgs<ScreenshotOptions> {
  const parsed = parseCliArgs(argv, { in: { type: 'string' }, out: { type: 'string' }, width: { type: 'string' }, selector: { type: 'string' } });
  if (!parsed.ok) return parsed;
  const { in: input, out: output, width = '1200', selector } = parsed.options.values;
  if (!input) return refuse('--in is required');
  if (!output) return refuse('--out is required');
  if (!/^\d{3,4}$/.test(width)) return refuse(`--width must be a number of pixels, got "${width}"`);
  if (selector === '') return refuse('--selector needs a value');
  return { ok: true, options: { input: resolve(input), output: resolve(output), width: Number(width), ...(selector ? { selector } : {}) } };
}

async function main(argv: string[]): Promise<number> {
  const options = optionsOrExitCode(parseScreenshotArgs(argv), USAGE);
  if (typeof options === 'number') return options;
  const page = pathToFileURL(options.input).href;
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: options.width, height: 900 }, deviceScaleFactor: 1 });
    const fetched: string[] = [];
    await context.route('**/*', (route) => {
      if (route.request().url() === page) return route.continue();
      fetched.push(route.request().url());
      return route.abort();
    });
    const tab = await context.newPage();
    await tab.goto(page, { waitUntil: 'load' });
    if (fetched.length > 0) throw new Error(`the report is not self-contained: it asked for ${fetched.join(', ')}`);
    mkdirSync(dirname(options.output), { recursive: true });
    if (options.selector) await tab.locator(options.selector).screenshot({ path: options.output });
    else await tab.screenshot({ path: options.output, fullPage: true });
  } finally {
    await browser.close();
  }
  process.stdout.write(`${options.output}\n`);
  return 0;
}

runCli(main);
