// `npm run report -- --year 2024 [--out reports/annual] [--division 110105]`: asks every service
// for its annual figures (GET /api/v1/reports/annual?year=, an auditor token of the division) and
// writes the bureau's annual work summary in Chinese as HTML (the main copy, with its charts), an
// .xlsx workbook (a sheet per chapter, figures as numbers) and Markdown. A service that is down or
// has no such endpoint makes its sections say 数据暂缺 with the reason; the report is still written
// (exit code 0, a warning on stderr). Needs the services running (npm start), unless --from-fixture
// builds it from the test samples (the screenshots in docs/report/).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { jwtSecretFromEnv } from '../libs/common/src/auth/auth-config';
import { signToken } from '../libs/common/src/auth/jwt';
import { parseSeedFile } from './report/appendix';
import { collectAnnual, parseReportArgs, REPORT_USAGE, serviceBaseUrls, type ReportOptions } from './report/collect';
import { renderHtml } from './report/render-html';
import { renderMarkdown } from './report/render-markdown';
import { renderXlsx } from './report/render-xlsx';
import type { SourceResult } from './report/report-model';
import { buildAnnualReport, type ReportService } from './report/sections';
import { optionsOrExitCode } from '../libs/common/src/cli/cli-args';
import { runCli } from '@app/common/cli/run-cli';

/** The figures of the bureau's 2024 summary (DOMAIN.md, city), with the section each is cited from. */
const CITY_FIGURES = resolve(__dirname, '../seeds/city-2024-figures.json');
const FIXTURE_GENERATED_AT = '2025-01-15T08:00:00.000Z';

/** The services' answers: asked of the running services, or the test samples with --from-fixture. */
async function answers(options: ReportOptions): Promise<Record<ReportService, SourceResult>> {
  if (options.fromFixture) {
    return (await import('../test/platform/fixtures/annual-samples')).ALL_ANSWERS_2024;
  }
  const secret = jwtSecretFromEnv(process.env, (message) => process.stderr.write(`warning: ${message}\n`));
  const token = signToken({ sub: 'annual-report', roles: ['auditor'], division: options.division }, { secret, expiresIn: '10m' });
  return collectAnnual(fetch, serviceBaseUrls(process.env), options.year, token);
}

async function main(argv: string[]): Promise<number> {
  const options = optionsOrExitCode(parseReportArgs(argv), REPORT_USAGE);
  if (typeof options === 'number') return options;
  const { year, outDir, division, fromFixture } = options;
  const results = await answers(options);
  // The appendix sets the city's summary figures beside the platform's for the summary's year.
  const seed = parseSeedFile(JSON.parse(readFileSync(CITY_FIGURES, 'utf8')));
  // A sample report is dated as the samples are, so its screenshot is the same on every run.
  const generatedAt = fromFixture ? FIXTURE_GENERATED_AT : new Date().toISOString();
  const built = buildAnnualReport(year, results, generatedAt, division, seed.year === year ? seed : undefined);
  const report = fromFixture ? { ...built, sample: true } : built;

  const dir = resolve(outDir);
  mkdirSync(dir, { recursive: true });
  const md = join(dir, `annual-report-${year}.md`);
  const html = join(dir, `annual-report-${year}.html`);
  const xlsx = join(dir, `annual-report-${year}.xlsx`);
  writeFileSync(md, renderMarkdown(report));
  writeFileSync(html, renderHtml(report));
  writeFileSync(xlsx, await renderXlsx(report));
  for (const [service, result] of Object.entries(results)) {
    if (!result.ok) process.stderr.write(`warning: ${service}: ${result.reason}\n`);
  }
  process.stdout.write(`${html}\n${xlsx}\n${md}\n`);
  return 0;
}

runCli(main);
