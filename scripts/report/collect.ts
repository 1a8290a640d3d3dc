// Arguments of `npm run report` and the gathering of each service's annual figures. The fetch
// function is a parameter, so what a failing service turns into is testable without a network.
import { parseCliArgs, refuse, type ParsedArgs } from '../../libs/common/src/cli/cli-args';
import { REPORT_SERVICES, type ReportService } from './sections';
import type { SourceResult } from './report-model';
import { UNAVAILABLE_REASONS } from './zh-CN';

export const REPORT_USAGE = `Gathers every service's annual statistics and writes the bureau's annual work summary in
Chinese: annual-report-<year>.html (with charts), .xlsx (a sheet per chapter) and .md.

usage: npm run report -- --year <YYYY> [--out <dir>] [--division <code>] [--from-fixture]

  --year       calendar year, e.g. 2024
  --out        directory for annual-report-<year>.html, .xlsx and .md, default reports/annual
  --division   division the auditor token covers, default 000000 (everything)
  --from-fixture  build the report from the test samples (test/platform/fixtures/annual-samples.ts)
               instead of asking the services: for the screenshots in docs/report/, marked as sample data

Services are reached at http://127.0.0.1:<port> (3001-3006, or PORT_<SERVICE> as for npm start),
or at <SERVICE>_URL (e.g. SOCIAL_ASSISTANCE_URL=http://sa.internal:3002). The bearer token is
signed with JWT_SECRET (or the local-development secret), role auditor.`;

export interface ReportOptions {
  year: number;
  outDir: string;
  division: string;
  fromFixture: boolean;
}

export type ReportArgs = ParsedArgs<ReportOptions>;

const REPORT_OPTIONS = {
  year: { type: 'string', multiple: true },
  out: { type: 'string', multiple: true },
  division: { type: 'string', multiple: true },
  'from-fixture': { type: 'boolean' },
} as const;

export function parseReportArgs(argv: readonly string[]): ReportArgs {
  const parsed = parseCliArgs(argv, REPORT_OPTIONS);
  if (!parsed.ok) return parsed;
  const { 'from-fixture': fromFixture, ...strings } = parsed.options.values;
  const values: Partial<Record<'year' | 'out' | 'division', string>> = {};
  for (const [name, given] of Object.entries(strings) as Array<['year' | 'out' | 'division', string[]]>) {
    if (given.includes('')) return refuse(`--${name} needs a value`);
    if (given.length > 1) return refuse(`--${name} may be given once`);
    values[name] = given[0];
  }
  if (values.year === undefined) return refuse('--year is required');
  if (!/^\d{4}$/.test(values.year) || Number(values.year) < 2000 || Number(values.year) > 2100) {
    return refuse(`--year must be a year between 2000 and 2100, got "${values.year}"`);
  }
  const division = values.division ?? '000000';
  if (!/^\d{6}(\d{3}){0,2}$/.test(division)) return refuse(`--division must be 6, 9 or 12 digits, got "${division}"`);
  return { ok: true, options: { year: Number(values.year), outDir: values.out ?? 'reports/annual', division, fromFixture: fromFixture === true } };
}

const DEFAULT_PORTS: Record<ReportService, number> = {
  'civil-registration': 3001,
  'social-assistance': 3002,
  'elderly-care': 3003,
  'child-welfare': 3004,
  canteen: 3005,
  payments: 3006,
};

/** Base URL per service: <SERVICE>_URL, else 127.0.0.1 on PORT_<SERVICE> or the default port. */
export function serviceBaseUrls(env: Record<string, string | undefined>): Record<ReportService, string> {
  const urls = {} as Record<ReportService, string>;
  for (const service of REPORT_SERVICES) {
    const name = service.toUpperCase().replaceAll('-', '_');
    urls[service] = (env[`${name}_URL`] || `http://127.0.0.1:${env[`PORT_${name}`] || DEFAULT_PORTS[service]}`).replace(/\/+$/, '');
  }
  return urls;
}

export type FetchLike = (url: string, init: { headers: Record<string, string>; signal?: AbortSignal }) => Promise<{
  ok: boolean;
  status: number;
  statusText: string;
  text(): Promise<string>;
}>;

/** One service's answer, or why there is none (unreachable, HTTP error with its problem code, bad JSON), in the report's words. */
export async function fetchAnnual(fetchFn: FetchLike, baseUrl: string, year: number, token: string, timeoutMs = 30_000): Promise<SourceResult> {
  const url = `${baseUrl}/api/v1/reports/annual?year=${year}`;
  let response: Awaited<ReturnType<FetchLike>>;
  try {
    response = await fetchFn(url, { headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' }, signal: AbortSignal.timeout(timeoutMs) });
  } catch (err) {
    const cause = (err as { cause?: { code?: string; message?: string } }).cause;
    return { ok: false, reason: UNAVAILABLE_REASONS.unreachable(baseUrl, cause?.code ?? cause?.message ?? (err as Error).message) };
  }
  const body = await response.text().catch(() => '');
  if (!response.ok) {
    let problem = '';
    try {
      const parsed = JSON.parse(body) as { code?: unknown; detail?: unknown };
      problem = [parsed.code, parsed.detail].filter((v) => typeof v === 'string').join(': ');
    } catch {
      // not problem+json
    }
    const status = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}${problem ? `, ${problem}` : ''}`;
    return { ok: false, reason: response.status === 404 ? UNAVAILABLE_REASONS.noEndpoint(status) : UNAVAILABLE_REASONS.failed(status) };
  }
  try {
    return { ok: true, data: JSON.parse(body) as unknown };
  } catch {
    return { ok: false, reason: UNAVAILABLE_REASONS.notJson(response.status) };
  }
}

export async function collectAnnual(fetchFn: FetchLike, baseUrls: Record<ReportService, string>, year: number, token: string): Promise<Record<ReportService, SourceResult>> {
  const entries = await Promise.all(REPORT_SERVICES.map(async (service) => [service, await fetchAnnual(fetchFn, baseUrls[service], year, token)] as const));
  return Object.fromEntries(entries) as Record<ReportService, SourceResult>;
}
