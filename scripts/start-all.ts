// `npm start`: runs the whole platform on this machine against PostgreSQL, RabbitMQ and Redis on
// localhost. Builds if the build is missing or stale, starts the seven services as separate
// processes (each creates its database and runs its migrations on start), waits until each is
// ready, then starts the console (its own database; the UI and the backend-for-frontend to the
// services), prints where each listens, and stops them all on Ctrl-C. `-- --replicas N` runs N
// processes per service (scripts/start/replica-plan.ts).
import { execSync, type ChildProcess } from 'node:child_process';
import { existsSync, statSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { optionsOrExitCode } from '../libs/common/src/cli/cli-args';
import { connectFirstAvailable } from '../libs/messaging/src/connection/amqp-connection';
import { declareExchanges } from '../libs/messaging/src/topology/declare-topology';
import { declareReplayStream, REPLAY_STREAM } from '../libs/messaging/src/topology/replay-stream';
import { loadReferenceData, readReferenceData } from './load-reference-data';
import { raisesOfYear, referenceDataOn } from './reference-raises';
import { loadReferenceRecords } from './load-reference-records';
import { PlatformProcesses } from './start/processes';
import { parseStartArgs, replicaPlan, START_USAGE, type PlannedProcess } from './start/replica-plan';

const ROOT = resolve(__dirname, '..');
const SERVICES = [
  { name: 'civil-registration', port: 3001 },
  { name: 'social-assistance', port: 3002 },
  { name: 'elderly-care', port: 3003 },
  { name: 'child-welfare', port: 3004 },
  { name: 'canteen', port: 3005 },
  { name: 'payments', port: 3006 },
  { name: 'data-exchange', port: 3007 },
] as const;
const CONSOLE_DEFAULT_PORT = 3000;

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    // The console's web UI is built by Vite (npm run build:console), not by tsc.
    if (path === join(ROOT, 'apps/console/web')) continue;
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function buildIfNeeded(): void {
  const markers = ['dist/apps/canteen/src/main.js', 'dist/apps/console/src/main.js'].map((path) => join(ROOT, path));
  const newest = Math.max(newestSource(join(ROOT, 'apps')), newestSource(join(ROOT, 'libs')));
  const stale = markers.some((marker) => !existsSync(marker) || statSync(marker).mtimeMs < newest);
  if (stale) {
    console.log('building…');
    execSync('npm run build', { cwd: ROOT, stdio: 'inherit' });
  }
}

async function waitReady(port: number, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`exited with code ${child.exitCode}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/health/ready`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`not ready after ${timeoutMs / 1000}s (see its log lines above)`);
}

/**
 * The integrators' replay stream on the local broker (deploy/rabbitmq/definitions.json declares it
 * for compose): it needs configure rights no service account has, so the platform's starter
 * declares it. A broker that refuses is reported, not fatal: nothing of the platform reads it.
 */
async function declareReplayStreamLocally(): Promise<void> {
  const url = process.env.AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672';
  try {
    const connection = await connectFirstAvailable(url);
    try {
      const channel = await connection.createChannel();
      await declareExchanges(channel);
      await declareReplayStream(channel);
      console.log(`replay stream ${REPLAY_STREAM} ready (every event, kept 7 days)`);
    } finally {
      await connection.close().catch(() => undefined);
    }
  } catch (err) {
    console.warn(`the replay stream ${REPLAY_STREAM} could not be declared (${(err as Error).message}); integrators cannot replay by offset`);
  }
}

/** The plan for the arguments and the environment, or the exit code once the refusal is printed. */
function planOrExitCode(): { processes: PlannedProcess[]; replicas: number; consolePort: number } | number {
  const options = optionsOrExitCode(parseStartArgs(process.argv.slice(2)), START_USAGE);
  if (typeof options === 'number') return options;
  // PORT_CIVIL_REGISTRATION etc. move a service (all its replicas) off its default port; CONSOLE_PORT moves the console.
  const bases = SERVICES.map((s) => ({ name: s.name, port: Number(process.env[`PORT_${envName(s.name)}`] ?? s.port) }));
  const consolePort = Number(process.env.CONSOLE_PORT ?? CONSOLE_DEFAULT_PORT);
  const plan = replicaPlan(bases, options.replicas, consolePort);
  if (!plan.ok) {
    process.stderr.write(`error: ${plan.error}\n`);
    return 2;
  }
  return { processes: plan.processes, replicas: options.replicas, consolePort };
}

const envName = (service: string): string => service.toUpperCase().replaceAll('-', '_');

async function main(): Promise<void> {
  // Arguments and ports are checked before anything is built or started.
  const plan = planOrExitCode();
  if (typeof plan === 'number') process.exit(plan);
  const { processes, replicas, consolePort } = plan;
  buildIfNeeded();
  await declareReplayStreamLocally();
  const platform = new PlatformProcesses(ROOT, replicas > 1 ? Math.max(...processes.map((p) => p.label.length)) : undefined);
  const startReady = async (group: PlannedProcess[]): Promise<void> => {
    const started = group.map((p) => platform.start(p.service, p.label, { ...process.env, PORT: String(p.port) }));
    await Promise.all(group.map((p, i) => waitReady(p.port, started[i]).catch((err: Error) => Promise.reject(new Error(`${p.label}: ${err.message}`)))));
  };
  // Replica 1 of every service first: it creates the database and runs the migrations, which two
  // processes starting on a new database at once would both try. The others start once it is ready.
  const first = processes.filter((p) => p.replica === 1);
  try {
    await startReady(first);
    if (replicas > 1) await startReady(processes.filter((p) => p.replica > 1));
  } catch (err) {
    console.error(`a service did not become ready: ${(err as Error).message}`);
    return platform.stopAll(1);
  }
  // Reference data and the console go through replica 1 of each service.
  const urls = Object.fromEntries(first.map((p) => [p.service, `http://127.0.0.1:${p.port}`]));
  try {
    await loadReference(urls);
  } catch (err) {
    console.error(`loading reference data failed: ${(err as Error).message}`);
    return platform.stopAll(1);
  }
  // The console last: it forwards to the services where this script started them.
  const serviceUrls = Object.fromEntries(first.map((p) => [`${envName(p.service)}_URL`, urls[p.service]]));
  const consoleProcess = platform.start('console', 'console', { ...process.env, ...serviceUrls, CONSOLE_PORT: String(consolePort) });
  try {
    await waitReady(consolePort, consoleProcess);
  } catch (err) {
    console.error(`the console did not become ready: ${(err as Error).message}`);
    return platform.stopAll(1);
  }
  printListening(processes, replicas, consolePort);
}

async function loadReference(urls: Record<string, string>): Promise<void> {
  const data = readReferenceData();
  // A simulated year starts with the figures known on its first day; it enters its raises itself.
  const simulatedStart = process.env.CLOCK_SIMULATED_START;
  if (simulatedStart) {
    const held = raisesOfYear(data, simulatedStart).map((r) => `${r.key} from ${r.row.effectiveFrom}`);
    if (held.length > 0) console.log(`simulated time from ${simulatedStart}: the year's raises are held back for the year to enter on their day (${held.join(', ')})`);
  }
  const loaded = await loadReferenceData(urls, simulatedStart ? referenceDataOn(data, simulatedStart) : data);
  console.log(`reference data loaded: ${Object.entries(loaded).map(([service, n]) => `${service} +${n.added} (${n.present} present)`).join(', ')}`);
  const records = await loadReferenceRecords(urls);
  console.log(`reference records loaded: ${Object.entries(records).map(([file, n]) => `${file} +${n.added} (${n.present} present)`).join(', ')}`);
}

function printListening(processes: PlannedProcess[], replicas: number, consolePort: number): void {
  console.log('\nCivil Affairs Platform is running (Ctrl-C stops it):');
  for (const { name } of SERVICES) {
    const ports = processes.filter((p) => p.service === name).map((p) => `http://127.0.0.1:${p.port}`);
    console.log(`  ${name.padEnd(20)} ${ports.join('  ')}  (API docs: /api/docs, health: /health/ready)`);
  }
  if (replicas > 1) {
    console.log(`\n  ${replicas} replicas of each service share its database, queues and Redis; log lines start with [<service>#<replica>].`);
    console.log('  The console forwards to replica 1 of each service (the first address above).');
  }
  console.log(`\n  ${'console'.padEnd(20)} http://localhost:${consolePort}  (log in there as admin: on the console's first start its log above shows the one-time password, unless CONSOLE_ADMIN_PASSWORD was set)`);
}

void main();
