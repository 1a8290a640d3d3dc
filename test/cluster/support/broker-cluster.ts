// A three-node RabbitMQ cluster on loopback, from this machine's rabbitmq-server, beside the
// local node everyone else uses (rabbit@<host>, 5672), which it never touches: its own node
// names, ports, Erlang cookie, data, logs and configuration, all under one temporary directory
// of the run, deleted with the nodes. Stopping and restarting a node is the cluster suite's fault.
import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

// No path aliases here: the global teardown loads this file outside jest's module mapping.
const run = promisify(execFile);
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
/** Debian's rabbitmq-server and rabbitmqctl: the scripts themselves (the /usr/sbin wrappers switch to the rabbitmq user, and so to the shared node's cookie). */
const SCRIPTS = process.env.RABBITMQ_SCRIPTS_DIR ?? (existsSync('/usr/lib/rabbitmq/bin/rabbitmq-server') ? '/usr/lib/rabbitmq/bin' : '');
const script = (name: string): string => (SCRIPTS ? join(SCRIPTS, name) : name);
/** AMQP ports BASE+1..3, Erlang distribution ports BASE+20001..3 (5701–5703 and 25701–25703 by default). */
const BASE = Number(process.env.CLUSTER_PORT_BASE ?? 5700);
const DIR_PREFIX = 'cap-cluster-';

export interface ClusterNode {
  /** cap-c1@localhost … */
  name: string;
  port: number;
  distPort: number;
  dir: string;
}

export class BrokerCluster {
  readonly nodes: ClusterNode[];

  private constructor(readonly dir: string) {
    this.nodes = [1, 2, 3].map((i) => ({ name: `cap-c${i}@localhost`, port: BASE + i, distPort: BASE + 20_000 + i, dir: join(dir, `c${i}`) }));
  }

  /** Lays out the run's directory: the cookie (mode 0400, in the HOME the nodes and the CLI get), configuration, an empty plugin list. */
  static create(runId: string): BrokerCluster {
    const cluster = new BrokerCluster(mkdtempSync(join(tmpdir(), `${DIR_PREFIX}${runId}-`)));
    mkdirSync(cluster.home);
    writeFileSync(join(cluster.home, '.erlang.cookie'), randomBytes(20).toString('hex'));
    chmodSync(join(cluster.home, '.erlang.cookie'), 0o400);
    // An empty rabbitmq-env.conf of its own: the system one names the shared node.
    writeFileSync(join(cluster.dir, 'rabbitmq-env.conf'), '');
    writeFileSync(join(cluster.dir, 'enabled_plugins'), '[].\n');
    for (const node of cluster.nodes) {
      mkdirSync(join(node.dir, 'log'), { recursive: true });
      // pause_minority: a node cut off from the other two stops serving rather than diverging.
      writeFileSync(join(node.dir, 'rabbitmq.conf'), [`listeners.tcp.local = 127.0.0.1:${node.port}`, 'cluster_partition_handling = pause_minority', 'log.console = false', 'log.file.level = info', ''].join('\n'));
    }
    return cluster;
  }

  private get home(): string {
    return join(this.dir, 'home');
  }

  /** The AMQP URLs of the nodes for `vhost`, in the order of `order` (indexes into nodes). */
  urls(vhost: string, order = [0, 1, 2]): string {
    return order.map((i) => `amqp://guest:guest@127.0.0.1:${this.nodes[i].port}/${encodeURIComponent(vhost)}`).join(',');
  }

  /** Starts the three nodes, then joins the second and third to the first. */
  async start(): Promise<void> {
    const taken = (await run('epmd', ['-names']).catch(() => ({ stdout: '' }))).stdout;
    const left = this.nodes.filter((n) => taken.includes(`name ${n.name.split('@')[0]} at`));
    if (left.length > 0) throw new Error(`${left.map((n) => n.name).join(', ')} already running (left by an earlier run? kill the pid in ${tmpdir()}/${DIR_PREFIX}*/c*/pid)`);
    await Promise.all(this.nodes.map((_, i) => this.startNode(i)));
    for (const i of [1, 2]) {
      await this.ctl(i, ['stop_app']);
      await this.ctl(i, ['join_cluster', this.nodes[0].name]);
      await this.ctl(i, ['start_app']);
    }
  }

  /** Starts node `i` (again, after stopNode: it rejoins the cluster it knows) and waits until it serves. */
  async startNode(i: number): Promise<void> {
    const node = this.nodes[i];
    const out = openSync(join(node.dir, 'stdout.log'), 'a');
    const child = spawn(script('rabbitmq-server'), [], { env: this.env(node), stdio: ['ignore', out, out] });
    child.unref();
    const deadline = Date.now() + 120_000;
    // await_startup answers at once while the node is not yet registered with epmd: ask again.
    for (;;) {
      try {
        await this.ctl(i, ['await_startup', '--timeout', '60']);
        return;
      } catch (err) {
        if (child.exitCode !== null || Date.now() > deadline) throw new Error(`${node.name} did not start: ${(err as Error).message}\n${readFileSync(join(node.dir, 'stdout.log'), 'utf8').slice(-2000)}`, { cause: err });
        await sleep(1_000);
      }
    }
  }

  /** Stops node `i` (the whole Erlang VM, as a machine going down cleanly) and waits until its process is gone. */
  async stopNode(i: number): Promise<void> {
    await this.ctl(i, ['stop']).catch(() => undefined);
    await this.killNode(i, 30_000);
  }

  /** rabbitmqctl against node `i`, with the cluster's cookie; answers its output. */
  async ctl(i: number, args: string[], timeoutMs = 120_000): Promise<string> {
    const { stdout } = await run(script('rabbitmqctl'), ['-n', this.nodes[i].name, ...args], { env: this.env(this.nodes[i]), timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024 });
    return stdout;
  }

  /** rabbitmqctl against the first node that answers (a node may be the one stopped). */
  async anyCtl(args: string[]): Promise<string> {
    let last: unknown;
    for (const i of [0, 1, 2]) {
      try {
        return await this.ctl(i, args, 60_000);
      } catch (err) {
        last = err;
      }
    }
    throw last;
  }

  /**
   * Stops every node and deletes the run's directory, keeping the nodes' logs in `keepLogsIn` if
   * given. Safe to call twice, and after a failed start.
   */
  async destroy(keepLogsIn?: string): Promise<void> {
    await Promise.all(this.nodes.map((_, i) => this.stopNode(i)));
    if (keepLogsIn) {
      rmSync(keepLogsIn, { recursive: true, force: true });
      for (const node of this.nodes) cpSync(join(node.dir, 'log'), join(keepLogsIn, node.name.split('@')[0]), { recursive: true });
    }
    rmSync(this.dir, { recursive: true, force: true });
  }

  /** What an earlier run of `runId` left (a crashed suite): its nodes killed, its directories deleted. */
  static cleanUpRun(runId: string): void {
    for (const entry of readdirSync(tmpdir()).filter((e) => e.startsWith(`${DIR_PREFIX}${runId}-`))) {
      const dir = join(tmpdir(), entry);
      for (const node of ['c1', 'c2', 'c3']) killPidFile(join(dir, node, 'pid'));
      rmSync(dir, { recursive: true, force: true });
    }
  }

  /** Waits up to `graceMs` for the node's process to end, then kills it. */
  private async killNode(i: number, graceMs: number): Promise<void> {
    const pidFile = join(this.nodes[i].dir, 'pid');
    const deadline = Date.now() + graceMs;
    while (alive(pidFile) && Date.now() < deadline) await sleep(200);
    killPidFile(pidFile);
  }

  /** The environment of a node and of the CLI talking to it: nothing inherited from the shared node's settings. */
  private env(node: ClusterNode): NodeJS.ProcessEnv {
    const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('RABBITMQ_') && !k.startsWith('ERL_')));
    return {
      ...inherited,
      HOME: this.home,
      RABBITMQ_CONF_ENV_FILE: join(this.dir, 'rabbitmq-env.conf'),
      RABBITMQ_NODENAME: node.name,
      RABBITMQ_NODE_IP_ADDRESS: '127.0.0.1',
      RABBITMQ_NODE_PORT: String(node.port),
      RABBITMQ_DIST_PORT: String(node.distPort),
      RABBITMQ_CONFIG_FILE: join(node.dir, 'rabbitmq'),
      RABBITMQ_ADVANCED_CONFIG_FILE: join(node.dir, 'advanced.config'),
      RABBITMQ_MNESIA_BASE: join(node.dir, 'mnesia'),
      RABBITMQ_LOG_BASE: join(node.dir, 'log'),
      RABBITMQ_ENABLED_PLUGINS_FILE: join(this.dir, 'enabled_plugins'),
      RABBITMQ_PLUGINS_EXPAND_DIR: join(node.dir, 'plugins-expand'),
      RABBITMQ_PID_FILE: join(node.dir, 'pid'),
      ERL_EPMD_ADDRESS: '127.0.0.1',
      // Two cores shared with everything else: schedulers that sleep instead of spinning.
      RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS: '+sbwt none +sbwtdcpu none +sbwtdio none -kernel inet_dist_use_interface {127,0,0,1}',
    };
  }
}

function pidOf(pidFile: string): number | undefined {
  if (!existsSync(pidFile)) return undefined;
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

/** Whether the pid file's process is still one of the cluster's Erlang VMs (a pid may since belong to another process). */
function alive(pidFile: string): boolean {
  const pid = pidOf(pidFile);
  if (pid === undefined) return false;
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return cmdline.includes('beam') && /cap-c\d@localhost/.test(cmdline);
  } catch {
    return false;
  }
}

function killPidFile(pidFile: string): void {
  const pid = pidOf(pidFile);
  if (pid !== undefined && alive(pidFile)) process.kill(pid, 'SIGKILL');
}
