// The console with services that live on a day of the test's choosing, for flows with a waiting
// period (the 7-day 低保 public notice, 公示): the services run on a fixed clock (CLOCK_FIXED_DATE,
// as test/system does), with the city's reference policy loaded the way `npm start` loads it, and
// `moveTo(day)` restarts them on a later day (same ports, same databases), as if the week had
// passed. The console backend and the browser keep the real time; only the services' "today"
// moves, and the service tokens the console mints are checked against the wall clock as always.
//
// The console is started as console-stack.ts starts it; that helper takes no clock for the
// services and keeps its Platform to itself, hence this variant (same settings, see there).
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { loadReferenceData } from '../../../scripts/load-reference-data';
import { spawnChild, type ChildService } from '../../support/child-service';
import { isolateBroker, testDatabaseName, testRedisPrefix } from '../../support/test-env';
import { waitFor } from '../../support/wait-for';
import { Platform, type ServiceName } from '../../system/support/platform';
import { WEB_DIST, type ConsoleStack } from './console-stack';

const ALL_SERVICES: ServiceName[] = ['civil-registration', 'social-assistance', 'elderly-care', 'child-welfare', 'canteen'];
const CLOSED = 'http://127.0.0.1:9';

export interface DatedConsoleStack extends ConsoleStack {
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

function startConsole(platform: Platform, services: readonly ServiceName[], port: number, adminPassword: string): ChildService {
  return spawnChild('apps/console/src/main.ts', {
    CONSOLE_PORT: String(port),
    HOST: '127.0.0.1',
    // A database of this stack's own: an earlier stack of the run made its `admin` with another password.
    DB_NAME: testDatabaseName(`e2e_console_${randomBytes(3).toString('hex')}`),
    REDIS_KEY_PREFIX: `${testRedisPrefix()}e2e:console:`,
    CONSOLE_ADMIN_PASSWORD: adminPassword,
    CONSOLE_WEB_DIST: WEB_DIST,
    LOG_LEVEL: 'warn',
    ...Object.fromEntries(ALL_SERVICES.map((s) => [`${s.toUpperCase().replace(/-/g, '_')}_URL`, services.includes(s) ? platform.url(s) : CLOSED])),
  });
}

/** `purpose` names the test file's broker vhost (its services' queues are its own). */
export async function startDatedConsoleStack(options: { purpose: string; services: ServiceName[]; day: string }): Promise<DatedConsoleStack> {
  if (process.env.E2E_CONSOLE_URL) throw new Error('these scenarios move the services\' clock: they start their own stack (unset E2E_CONSOLE_URL)');
  if (!existsSync(join(WEB_DIST, 'index.html'))) throw new Error(`${WEB_DIST} has no build: run \`npm run build:console\` (npm run test:e2e does)`);
  const { services } = options;
  let day = options.day;
  isolateBroker(options.purpose);
  const platform = new Platform();
  let child: ChildService | undefined;
  try {
    await platform.start(services, { CLOCK_FIXED_DATE: day });
    await loadReferenceData(Object.fromEntries(services.map((s) => [s, platform.url(s)])));
    const port = await freePort();
    const admin = { username: 'admin', password: `e2e-${randomBytes(12).toString('base64url')}` };
    const started = startConsole(platform, services, port, admin.password);
    child = started;
    const url = `http://127.0.0.1:${port}`;
    await Promise.race([
      waitFor('the console to be ready', async () => (await fetch(`${url}/health/ready`)).status === 200, 120_000, 250),
      started.exited.then((code) => {
        throw new Error(`the console exited (${code}) before it was ready:\n${started.output.slice(-20).join('')}`);
      }),
    ]);
    return {
      url,
      admin,
      platform,
      output: () => started.output.join(''),
      today: () => day,
      moveTo: async (next: string) => {
        if (next <= day) throw new Error(`the services' clock only moves forward: ${day} -> ${next}`);
        for (const service of services) await platform.restart(service, { CLOCK_FIXED_DATE: next });
        day = next;
      },
      stop: async () => {
        await started.stop();
        await platform.stop();
      },
    };
  } catch (err) {
    await child?.stop('SIGKILL');
    await platform.stop();
    throw err;
  }
}
