import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');

export interface ChildService {
  process: ChildProcess;
  output: string[];
  /** Resolves with the exit code or signal. */
  exited: Promise<number | string>;
  /** Resolves when a line of output matched `readyWhen`; rejects if the process exits first. */
  ready: Promise<void>;
  stop(signal?: NodeJS.Signals): Promise<number | string>;
}

/**
 * Runs a TypeScript entry point as a separate Node process (ts-node, transpile only), the way
 * the platform runs a service. Does not wait for it: see `startChild`.
 */
export function spawnChild(entry: string, env: Record<string, string>, readyWhen?: RegExp, timeoutMs = 60_000): ChildService {
  // SERVICE_NODE_ARGS passes Node flags that NODE_OPTIONS refuses, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`.
  const nodeArgs = (process.env.SERVICE_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, '-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', resolve(ROOT, entry)], {
    cwd: ROOT,
    env: { ...process.env, TS_NODE_PROJECT: resolve(ROOT, 'tsconfig.json'), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const exited = new Promise<number | string>((res) => child.on('exit', (code, signal) => res(signal ?? code ?? -1)));
  const ready = new Promise<void>((res, rej) => {
    if (!readyWhen) {
      // The caller decides readiness (e.g. by polling /health/ready); output is still collected.
      child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
      child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
      return res();
    }
    const timer = setTimeout(() => rej(new Error(`${entry} not ready after ${timeoutMs} ms:\n${output.slice(-30).join('')}`)), timeoutMs);
    const onData = (chunk: Buffer): void => {
      output.push(chunk.toString());
      if (readyWhen.test(output.join(''))) {
        clearTimeout(timer);
        res();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      rej(new Error(`${entry} exited (${code}) before it was ready:\n${output.slice(-30).join('')}`));
    });
  });
  ready.catch(() => undefined);
  return {
    process: child,
    output,
    exited,
    ready,
    async stop(signal: NodeJS.Signals = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

/** Spawns and waits until the process says it is ready. */
export async function startChild(entry: string, env: Record<string, string>, readyWhen: RegExp, timeoutMs = 60_000): Promise<ChildService> {
  const child = spawnChild(entry, env, readyWhen, timeoutMs);
  try {
    await child.ready;
  } catch (err) {
    await child.stop('SIGKILL');
    throw err;
  }
  return child;
}
