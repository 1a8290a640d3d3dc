// `npm start`: runs the whole platform on this machine against PostgreSQL, RabbitMQ and Redis on
// localhost. Builds if the build is missing or stale, starts the seven services as separate
// processes (each creates its database and runs its migrations on start), waits until each is
// ready, then starts the console (its own database; the UI and the backend-for-frontend to the
// services), prints where each listens, and stops them all on Ctrl-C.
import { execSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, statSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { connectFirstAvailable } from '../libs/messaging/src/connection/amqp-connection';
import { declareExchanges } from '../libs/messaging/src/topology/declare-topology';
import { declareReplayStream, REPLAY_STREAM } from '../libs/messaging/src/topology/replay-stream';
import { loadReferenceData } from './load-reference-data';
import { loadReferenceRecords } from './load-reference-records';

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

async function main(): Promise<void> {
  buildIfNeeded();
  await declareReplayStreamLocally();
  const children: ChildProcess[] = [];
  let stopping = false;
  const stopAll = (code: number): void => {
    if (stopping) return;
    stopping = true;
    console.log('\nstopping all services…');
    for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
    const force = setTimeout(() => children.forEach((c) => c.exitCode === null && c.kill('SIGKILL')), 10_000);
    void Promise.all(children.map((c) => (c.exitCode !== null ? null : new Promise((r) => c.on('exit', r))))).then(() => {
      clearTimeout(force);
      process.exit(code);
    });
  };
  process.on('SIGINT', () => stopAll(0));
  process.on('SIGTERM', () => stopAll(0));

  // PORT_CIVIL_REGISTRATION etc. move a service off its default port; CONSOLE_PORT moves the console.
  const ports = SERVICES.map((s) => Number(process.env[`PORT_${s.name.toUpperCase().replaceAll('-', '_')}`] ?? s.port));
  const urls = Object.fromEntries(SERVICES.map((s, i) => [s.name, `http://127.0.0.1:${ports[i]}`]));
  const start = (name: string, env: NodeJS.ProcessEnv): ChildProcess => {
    const child = spawn(process.execPath, [join(ROOT, `dist/apps/${name}/src/main.js`)], { cwd: ROOT, env, stdio: ['ignore', 'inherit', 'inherit'] });
    children.push(child);
    child.on('exit', (code, signal) => {
      if (!stopping) {
        console.error(`${name} exited (${signal ?? code}); stopping the platform`);
        stopAll(1);
      }
    });
    return child;
  };
  const services = SERVICES.map((service, i) => start(service.name, { ...process.env, PORT: String(ports[i]) }));
  try {
    await Promise.all(ports.map((port, i) => waitReady(port, services[i])));
  } catch (err) {
    console.error(`a service did not become ready: ${(err as Error).message}`);
    stopAll(1);
    return;
  }
  try {
    const loaded = await loadReferenceData(urls);
    const line = Object.entries(loaded).map(([service, n]) => `${service} +${n.added} (${n.present} present)`).join(', ');
    console.log(`reference data loaded: ${line}`);
    const records = await loadReferenceRecords(urls);
    console.log(`reference records loaded: ${Object.entries(records).map(([file, n]) => `${file} +${n.added} (${n.present} present)`).join(', ')}`);
  } catch (err) {
    console.error(`loading reference data failed: ${(err as Error).message}`);
    stopAll(1);
    return;
  }
  // The console last: it forwards to the services where this script started them.
  const consolePort = Number(process.env.CONSOLE_PORT ?? CONSOLE_DEFAULT_PORT);
  const serviceUrls = Object.fromEntries(SERVICES.map((s) => [`${s.name.toUpperCase().replaceAll('-', '_')}_URL`, urls[s.name]]));
  const consoleProcess = start('console', { ...process.env, ...serviceUrls, CONSOLE_PORT: String(consolePort) });
  try {
    await waitReady(consolePort, consoleProcess);
  } catch (err) {
    console.error(`the console did not become ready: ${(err as Error).message}`);
    stopAll(1);
    return;
  }
  console.log('\nCivil Affairs Platform is running (Ctrl-C stops it):');
  for (const [i, s] of SERVICES.entries()) {
    console.log(`  ${s.name.padEnd(20)} http://127.0.0.1:${ports[i]}  (API docs: /api/docs, health: /health/ready)`);
  }
  console.log(`\n  ${'console'.padEnd(20)} http://localhost:${consolePort}  (log in there as admin: on the console's first start its log above shows the one-time password, unless CONSOLE_ADMIN_PASSWORD was set)`);
}

void main();
