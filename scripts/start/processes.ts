// The processes `npm start` runs: each service replica and the console as a child of its own,
// stopped together on Ctrl-C or when one of them exits.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';

/** Every line of `from` onto `to`, after `[label] `: the replicas' JSON lines stay one per line. */
function prefixLines(from: Readable, to: Writable, label: string): void {
  createInterface({ input: from, crlfDelay: Infinity }).on('line', (line) => to.write(`[${label}] ${line}\n`));
}

export class PlatformProcesses {
  private readonly children: ChildProcess[] = [];
  private stopping = false;

  /**
   * `labelWidth`: with replicas, every line of a child is prefixed with its label, padded to this
   * width; without (undefined), the services' JSON lines pass through untouched.
   */
  constructor(
    private readonly root: string,
    private readonly labelWidth?: number,
  ) {
    process.on('SIGINT', () => this.stopAll(0));
    process.on('SIGTERM', () => this.stopAll(0));
  }

  /** Starts `dist/apps/<app>/src/main.js`; if it exits while the platform runs, everything stops. */
  start(app: string, label: string, env: NodeJS.ProcessEnv): ChildProcess {
    const stdio = this.labelWidth === undefined ? 'inherit' : 'pipe';
    const child = spawn(process.execPath, [join(this.root, `dist/apps/${app}/src/main.js`)], { cwd: this.root, env, stdio: ['ignore', stdio, stdio] });
    if (child.stdout && child.stderr) {
      prefixLines(child.stdout, process.stdout, label.padEnd(this.labelWidth ?? 0));
      prefixLines(child.stderr, process.stderr, label.padEnd(this.labelWidth ?? 0));
    }
    this.children.push(child);
    child.on('exit', (code, signal) => {
      if (!this.stopping) {
        console.error(`${label} exited (${signal ?? code}); stopping the platform`);
        this.stopAll(1);
      }
    });
    return child;
  }

  /** SIGTERM to every child (SIGKILL after 10 s), then exits with `code`. */
  stopAll(code: number): void {
    if (this.stopping) return;
    this.stopping = true;
    console.log('\nstopping all services…');
    const running = this.children.filter((c) => c.exitCode === null && c.signalCode === null);
    for (const child of running) child.kill('SIGTERM');
    const force = setTimeout(() => running.forEach((c) => c.exitCode === null && c.kill('SIGKILL')), 10_000);
    void Promise.all(running.map((c) => new Promise((r) => c.on('exit', r)))).then(() => {
      clearTimeout(force);
      process.exit(code);
    });
  }
}
