// The console as an operator runs it, for the end-to-end tests: the built UI served by the real
// console backend (apps/console/src/main.ts) in its own process on a database of the run's own,
// and any services the test needs as separate processes (test/system's Platform: their own
// databases, the run's RabbitMQ vhost). Services not started point at a closed port, so the
// console never reaches a developer's running services by accident.
//
// Flows with a waiting period (the 7-day 低保 public notice, 公示) give the services a clock: they
// run on a fixed day (CLOCK_FIXED_DATE, as test/system does) and `moveTo(day)` restarts them on a
// later day (same ports, same databases), as if the week had passed. The console backend and the
// browser keep the real time; only the services' "today" moves, and the service tokens the
// console mints are checked against the wall clock as always. `referenceData` loads the city's
// reference policy into the services the way `npm start` loads it.
//
// E2E_CONSOLE_URL (with E2E_ADMIN_PASSWORD) runs the tests against a console that is already
// running instead, e.g. `npm run console:web` beside a started platform.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { basename, join, resolve } from 'node:path';
import { loadReferenceData } from '../../../scripts/load-reference-data';
import { spawnChild, type ChildService } from '../../support/child-service';
import { testDatabaseName, testRedisPrefix } from '../../support/test-env';
import { waitFor } from '../../support/wait-for';
import { Platform, type ServiceName } from '../../system/support/platform';

const ROOT = resolve(__dirname, '../../..');
export const WEB_DIST = join(ROOT, 'apps/console/web/dist');
const ALL_SERVICES: ServiceName[] = ['civil-registration', 'social-assistance', 'elderly-care', 'child-welfare', 'canteen', 'payments', 'data-exchange'];
/** Nothing listens on the discard port: a call to a service not started fails at once. */
const CLOSED = 'http://127.0.0.1:9';

export interface ConsoleStack {
  url: string;
  /** The first administrator, `admin`, with CONSOLE_ADMIN_PASSWORD (no change needed at first login). */
  admin: { username: string; password: string };
  /** The services started for the test (null against E2E_CONSOLE_URL), e.g. to set data up through their APIs or restart one on another date. */
  platform: Platform | null;
  /** Output of the console process, for a failing test's message. */
  output(): string;
  stop(): Promise<void>;
}

/** A stack whose services live on a day of the test's choosing. */
export interface DatedConsoleStack extends ConsoleStack {
  platform: Platform;
  /** The services' today, 'YYYY-MM-DD'. */
  today(): string;
  /** Restarts the services as of a later day; the console and the browser's sessions stay. */
  moveTo(day: string): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((res) => server.listen(0, '127.0.0.1', res));
  const { port } = server.address() as { port: number };
  await new Promise((res) => server.close(res));
  return port;
}

function serviceUrlEnv(platform: Platform, started: readonly ServiceName[]): Record<string, string> {
  return Object.fromEntries(ALL_SERVICES.map((s) => [`${s.toUpperCase().replace(/-/g, '_')}_URL`, started.includes(s) ? platform.url(s) : CLOSED]));
}

export interface ConsoleStackOptions {
  services?: ServiceName[];
  /** Settings of single services, e.g. CLOCK_FIXED_DATE to run one as of a date. */
  serviceEnv?: Partial<Record<ServiceName, Record<string, string>>>;
  /** The services' clock: every service starts on `day` ('YYYY-MM-DD'); the stack can `moveTo` a later one. */
  clock?: { day: string };
  /** Load the city's reference policy (seeds/reference) into the services, as `npm start` does. */
  referenceData?: boolean;
  /** Settings of the console process itself, e.g. the OIDC_* of its login page. */
  consoleEnv?: Record<string, string>;
}

/**
 * The services' databases and Redis keys are the test file's own (`e2e_<file>`): files of one run
 * never see each other's records (a canteen, a payroll, a child of another file's scenario).
 */
function stackPurpose(): string {
  const file = basename(expect.getState().testPath ?? 'e2e').replace(/\.e2e-spec\.ts$/, '');
  return `e2e_${file}`.slice(0, 24);
}

export function startConsoleStack(options: ConsoleStackOptions & { clock: { day: string } }): Promise<DatedConsoleStack>;
export function startConsoleStack(options?: ConsoleStackOptions): Promise<ConsoleStack>;
export async function startConsoleStack(options: ConsoleStackOptions = {}): Promise<ConsoleStack | DatedConsoleStack> {
  if (process.env.E2E_CONSOLE_URL) {
    if (options.clock) throw new Error('these scenarios move the services\' clock: they start their own stack (unset E2E_CONSOLE_URL)');
    return { url: process.env.E2E_CONSOLE_URL, admin: { username: 'admin', password: process.env.E2E_ADMIN_PASSWORD ?? '' }, platform: null, output: () => '', stop: async () => undefined };
  }
  if (!existsSync(join(WEB_DIST, 'index.html'))) throw new Error(`${WEB_DIST} has no build: run \`npm run build:console\` (npm run test:e2e does)`);
  const services = options.services ?? [];
  let day = options.clock?.day;
  const envOf = (service: ServiceName, on = day): Record<string, string> => ({ ...options.serviceEnv?.[service], ...(on && { CLOCK_FIXED_DATE: on }) });
  const platform = new Platform(stackPurpose());
  let started: StartedConsole;
  try {
    await Promise.all(services.map((service) => platform.startOne(service, envOf(service))));
    if (options.referenceData) await loadReferenceData(Object.fromEntries(services.map((s) => [s, platform.url(s)])));
    started = await startConsole(platform, services, options.consoleEnv ?? {});
  } catch (err) {
    await platform.stop();
    throw err;
  }
  const stack: ConsoleStack = {
    url: started.url,
    admin: started.admin,
    platform,
    output: () => started.child.output.join(''),
    stop: async () => {
      await started.child.stop();
      await platform.stop();
    },
  };
  if (!day) return stack;
  return {
    ...stack,
    platform,
    today: () => day!,
    moveTo: async (next: string) => {
      if (next <= day!) throw new Error(`the services' clock only moves forward: ${day} -> ${next}`);
      for (const service of services) await platform.restart(service, envOf(service, next));
      day = next;
    },
  };
}

interface StartedConsole {
  url: string;
  admin: { username: string; password: string };
  child: ChildService;
}

/** The console backend for `platform`'s services, on a free port; resolves once it is ready. */
async function startConsole(platform: Platform, services: readonly ServiceName[], consoleEnv: Record<string, string>): Promise<StartedConsole> {
  const port = await freePort();
  const admin = { username: 'admin', password: `e2e-${randomBytes(12).toString('base64url')}` };
  const stackId = randomBytes(4).toString('hex');
  let child: ChildService | undefined;
  try {
    child = spawnChild('apps/console/src/main.ts', {
      CONSOLE_PORT: String(port),
      HOST: '127.0.0.1',
      // A database of this stack's own: the e2e files of one run each start a console, and a
      // second one on the first's database would find its admin with the first's password.
      DB_NAME: testDatabaseName(`e2e_console_${stackId}`),
      REDIS_KEY_PREFIX: `${testRedisPrefix()}e2e:console:${stackId}:`,
      CONSOLE_ADMIN_PASSWORD: admin.password,
      CONSOLE_WEB_DIST: WEB_DIST,
      LOG_LEVEL: 'warn',
      ...serviceUrlEnv(platform, services),
      ...consoleEnv,
    });
    const url = `http://127.0.0.1:${port}`;
    const started = child;
    await Promise.race([
      waitFor('the console to be ready', async () => (await fetch(`${url}/health/ready`)).status === 200, 120_000, 250),
      started.exited.then((code) => {
        throw new Error(`the console exited (${code}) before it was ready:\n${started.output.slice(-20).join('')}`);
      }),
    ]);
    return { url, admin, child: started };
  } catch (err) {
    await child?.stop('SIGKILL');
    throw err;
  }
}
