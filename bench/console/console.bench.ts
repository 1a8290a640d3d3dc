// bench/console: how long a caseworker waits on 一人一档 (person search by resident ID and by name)
// and on every list screen (工作台's work lists, 儿童台账, 老人名册, 发放名册, 一卡通 …: the first page) and
// the directors' dashboards, with the city's synthetic population loaded, measured
// through the running console as the browser calls it, beside the raw anchor: the same rows read
// by plain SQL from the services' databases in the same run.
//
// Needs the platform running and loaded:
//   CONSOLE_ADMIN_PASSWORD=<choose one> npm start        # in one terminal
//   npm run seed -- --scale city                          # once
//   CONSOLE_ADMIN_PASSWORD=<the same> npm run bench:console [-- --samples 200]
// CONSOLE_URL moves the console (default http://127.0.0.1:3000); DB_* as for the services.
// The bench logs in as a user of its own (city-wide, with the roles that read every list:
// operator, finance, auditor) and disables it at the end.
import { percentile } from '../pipeline/bench-env';
import { benchArgs } from '../bench-args';
import { createBenchUser, disableBenchUser, login, timedFanOut, type BenchUser } from './console-session';
import { RawAnchor } from './raw-anchor';
import { pickSamples } from './samples';

const { samples: N, warmup: WARMUP } = benchArgs('bench:console', { samples: 200, warmup: 20 });
const CONSOLE_URL = process.env.CONSOLE_URL ?? 'http://127.0.0.1:3000';
/** The synthetic city is 1101xx (scripts/population): a city-wide user sees all of it, the heaviest case. */
const CITY_DIVISION = '110100';
const CITY_PREFIX = '1101';
const SERVICES = ['social-assistance', 'elderly-care', 'child-welfare', 'canteen', 'civil-registration'];
const GOALS = { person: 300, workList: 500 };

const WORK_LISTS: Record<string, string> = {
  待入户调查: '/api/svc/social-assistance/api/v1/cases?stage=AWAITING_INVESTIGATION',
  公示中: '/api/svc/social-assistance/api/v1/cases?stage=IN_PUBLIC_NOTICE',
  待审批: '/api/svc/social-assistance/api/v1/cases?stage=AWAITING_APPROVAL',
  待复核: '/api/svc/social-assistance/api/v1/work-lists/reviews-due',
  学籍核查: '/api/svc/social-assistance/api/v1/work-lists/school-rechecks-due',
  超期滞留: '/api/svc/social-assistance/api/v1/work-lists/overdue-vagrant-stays',
  '多发待追回(救助)': '/api/svc/social-assistance/api/v1/work-lists/overpayments',
  '多发待追回(养老)': '/api/svc/elderly-care/api/v1/work-lists/overpayments',
  离婚冷静期: '/api/svc/civil-registration/api/v1/divorces?status=COOLING_OFF',
  // The lists of the screens that followed (儿童台账, 助餐, 离婚日历, 发放名册, 政策参数), first page each.
  儿童台账: '/api/svc/child-welfare/api/v1/children',
  '儿童台账 红色': '/api/svc/child-welfare/api/v1/children?tier=RED',
  助餐点: '/api/svc/canteen/api/v1/canteens',
  离婚日历: '/api/svc/civil-registration/api/v1/divorces?month=2024-07',
  政策参数: '/api/svc/social-assistance/api/v1/policy-parameters/keys',
  惠民殡葬: '/api/svc/civil-registration/api/v1/funeral-benefits/ledger',
  // And the lists of 老人, 居家养老, 机构, 儿童走访, 地名, 发放名册, 助餐结算 and 一卡通.
  老人名册: '/api/svc/elderly-care/api/v1/elders',
  居家服务工单: '/api/svc/elderly-care/api/v1/home-care/orders',
  居家服务商: '/api/svc/elderly-care/api/v1/home-care/providers',
  居家服务结算: '/api/svc/elderly-care/api/v1/home-care/settlements?month=2024-07',
  养老机构: '/api/svc/elderly-care/api/v1/institutions',
  走访超期: '/api/svc/child-welfare/api/v1/visits/overdue?township={township}',
  地名管理: '/api/svc/civil-registration/api/v1/place-names',
  '发放名册 救助': '/api/svc/social-assistance/api/v1/payrolls/2024-07/lines',
  '发放名册 高龄津贴': '/api/svc/elderly-care/api/v1/payrolls/2024-07/lines',
  '发放名册 儿童': '/api/svc/child-welfare/api/v1/payrolls/2024-07/lines',
  助餐结算: '/api/svc/canteen/api/v1/settlements?month=2024-07',
  发放批次: '/api/svc/payments/api/v1/batches?month=2024-07',
  待补收款账户: '/api/svc/payments/api/v1/work-lists/held-lines?month=2024-07',
  账户变更待确认: '/api/svc/payments/api/v1/work-lists/account-proposals',
};

/** The directors' dashboards: one screen of charts per service over a year, not a list, but waited on alike. */
const DASHBOARDS: Record<string, string> = Object.fromEntries(
  ['social-assistance', 'elderly-care', 'child-welfare', 'canteen'].map((service) => [`驾驶舱 ${service}`, `/api/svc/${service}/api/v1/dashboard?from=2024-01&to=2024-12`]),
);

interface Row {
  what: string;
  screen: number[];
  raw: number[];
  goalMs: number;
}

const fmt = (ms: number): string => ms.toFixed(1).padStart(7);

function report(rows: Row[]): boolean {
  console.log(`\n${'operation'.padEnd(34)}     n   p50 ms   p95 ms   max ms | raw p50  raw p95 | goal p95`);
  let met = true;
  for (const row of rows) {
    const screen = [...row.screen].sort((a, b) => a - b);
    const raw = [...row.raw].sort((a, b) => a - b);
    const p95 = percentile(screen, 95);
    met &&= p95 < row.goalMs;
    const verdict = p95 < row.goalMs ? 'met' : 'MISSED';
    console.log(
      `${row.what.padEnd(34)} ${String(screen.length).padStart(5)} ${fmt(percentile(screen, 50))}  ${fmt(p95)}  ${fmt(screen[screen.length - 1])} | ${fmt(percentile(raw, 50))}  ${fmt(percentile(raw, 95))} | < ${row.goalMs} ${verdict}`,
    );
  }
  return met;
}

async function measure(what: string, goalMs: number, inputs: readonly string[], screen: (input: string) => Promise<number>, raw: (input: string) => Promise<number>): Promise<Row> {
  const row: Row = { what, screen: [], raw: [], goalMs };
  for (const input of inputs.slice(0, WARMUP)) await screen(input);
  // One at a time, as one caseworker waits; the raw anchor right after on the same input.
  for (const input of inputs) {
    row.screen.push(await screen(input));
    row.raw.push(await raw(input));
  }
  return row;
}

async function main(): Promise<number> {
  const adminPassword = process.env.CONSOLE_ADMIN_PASSWORD;
  if (!adminPassword) {
    console.error('set CONSOLE_ADMIN_PASSWORD to the console administrator’s password (the one npm start was given)');
    return 2;
  }
  const anchor = new RawAnchor();
  let user: BenchUser | undefined;
  const admin = await login(CONSOLE_URL, 'admin', adminPassword);
  try {
    const loaded = await anchor.loadedCounts();
    console.log(`loaded: ${JSON.stringify(loaded)}`);
    if (loaded.elders < 100_000) {
      console.error('the city is not loaded: run `npm run seed -- --scale city` against this platform first');
      return 2;
    }
    user = await createBenchUser(CONSOLE_URL, admin, CITY_DIVISION, ['operator', 'finance', 'auditor']);
    const session = user.session;
    const samples = pickSamples(N);
    // The person file by resident ID is a POST (the ID stays out of the URL); the name search a GET.
    const file = (residentId: string) => timedFanOut(CONSOLE_URL, session, SERVICES.map((s) => ({ path: `/api/svc/${s}/api/v1/people/file`, body: { residentId } })));
    const byName = (name: string) => timedFanOut(CONSOLE_URL, session, SERVICES.map((s) => `/api/svc/${s}/api/v1/people?name=${encodeURIComponent(name)}&page=1&pageSize=100`));
    const rows: Row[] = [];
    rows.push(await measure('一人一档 by resident ID (5 services)', GOALS.person, samples.residentIds, file, (id) => anchor.byResidentId(id)));
    rows.push(await measure('一人一档 by full name (5 services)', GOALS.person, samples.fullNames, byName, (name) => anchor.byName(name, CITY_PREFIX)));
    rows.push(await measure('一人一档 by 2 characters (5 services)', GOALS.person, samples.partialNames, byName, (name) => anchor.byName(name, CITY_PREFIX)));
    const repeats = Array.from({ length: Math.max(1, Math.round(N / 4)) }, () => 'first page');
    const township = await anchor.busiestTownship();
    for (const [label, template] of Object.entries(WORK_LISTS)) {
      const path = template.replace('{township}', township);
      const firstPage = `${path}${path.includes('?') ? '&' : '?'}page=1&pageSize=20`;
      rows.push(await measure(`工作台 ${label} first page`, GOALS.workList, repeats, () => timedFanOut(CONSOLE_URL, session, [firstPage]), () => anchor.workListFirstPage(CITY_PREFIX)));
    }
    for (const [label, path] of Object.entries(DASHBOARDS)) {
      rows.push(await measure(label, GOALS.workList, repeats, () => timedFanOut(CONSOLE_URL, session, [path]), () => anchor.workListFirstPage(CITY_PREFIX)));
    }
    console.log('\n(raw: the same rows by plain SQL per database with pg, in parallel, no HTTP; for the work lists the 待入户调查 page and its count)');
    return report(rows) ? 0 : 1;
  } finally {
    if (user) await disableBenchUser(CONSOLE_URL, admin, user);
    await anchor.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
