import { createServer } from 'node:net';
import { DEV_ONLY_JWT_SECRET } from '@app/common/auth/auth-config';
import { signToken } from '@app/common/auth/jwt';
import { connectOptionsFromUrl, EVENTS_EXCHANGE } from '@app/messaging';
import { connect, type ChannelModel } from 'amqplib';
import request from 'supertest';
import { spawnChild, type ChildService } from '../../support/child-service';
import { testDatabaseName, testRedisPrefix } from '../../support/test-env';
import { waitFor } from '../../support/wait-for';

export type ServiceName = 'civil-registration' | 'social-assistance' | 'elderly-care' | 'child-welfare' | 'canteen' | 'payments' | 'data-exchange';

export function token(roles: string[], sub = 'system-test', division = '110105'): string {
  return `Bearer ${signToken({ sub, roles, division }, { secret: process.env.JWT_SECRET ?? DEV_ONLY_JWT_SECRET })}`;
}

export const ADMIN = token(['admin', 'operator', 'official', 'canteen-operator'], 'sys-admin');

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

interface Running {
  child: ChildService;
  port: number;
  env: Record<string, string>;
}

/**
 * The platform as an operator runs it: every service its own process with its own database,
 * all on the run's RabbitMQ vhost, talked to only over HTTP and the broker.
 */
export class Platform {
  private readonly running = new Map<ServiceName, Running>();

  /**
   * `purpose` names the databases and Redis keys (`<purpose>_<service>`): two test files of one run
   * each get their own, so one file's records never appear in another's payrolls or lists.
   */
  constructor(private readonly purpose = 'sys') {}

  /** `env` applies to every service started, e.g. CLOCK_FIXED_DATE to run as of a date. */
  async start(services: ServiceName[], env: Record<string, string> = {}): Promise<void> {
    await Promise.all(services.map((s) => this.startOne(s, env)));
  }

  /** Starts (or restarts) one service; a restart keeps its port and, unless given, its env. */
  async startOne(service: ServiceName, env?: Record<string, string>): Promise<void> {
    const previous = this.running.get(service);
    const port = previous?.port ?? (await freePort());
    const extra = env ?? previous?.env ?? {};
    const child = spawnChild(`apps/${service}/src/main.ts`, {
      ...extra,
      PORT: String(port),
      HOST: '127.0.0.1',
      DB_NAME: testDatabaseName(`${this.purpose}_${service.replace('-', '_')}`),
      REDIS_KEY_PREFIX: `${testRedisPrefix()}${this.purpose}:${service}:`,
      RATE_LIMIT_WRITES: '0',
      LOG_LEVEL: 'warn',
    });
    this.running.set(service, { child, port, env: extra });
    await waitFor(
      `${service} ready`,
      async () => {
        if (child.process.exitCode !== null) throw new Error(`${service} exited:\n${child.output.slice(-20).join('')}`);
        return (await this.http(service).get('/health/ready')).status === 200;
      },
      90_000,
      200,
    );
  }

  async stopOne(service: ServiceName, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    await this.running.get(service)?.child.stop(signal);
  }

  async restart(service: ServiceName, env?: Record<string, string>): Promise<void> {
    await this.stopOne(service);
    await this.startOne(service, env);
  }

  async stop(): Promise<void> {
    await Promise.all([...this.running.values()].map(({ child }) => child.stop()));
  }

  url(service: ServiceName): string {
    const running = this.running.get(service);
    if (!running) throw new Error(`${service} is not started`);
    return `http://127.0.0.1:${running.port}`;
  }

  /** The operating-system process id of a running service (for CPU accounting in benches). */
  pid(service: ServiceName): number | undefined {
    return this.running.get(service)?.child.process.pid;
  }

  /** The services whose process has ended, each with the last lines it wrote (a bench's diagnosis). */
  exited(): string[] {
    return [...this.running]
      .filter(([, { child }]) => child.process.exitCode !== null || child.process.signalCode !== null)
      .map(([service, { child }]) => `${service} exited (${child.process.exitCode ?? child.process.signalCode}):\n${child.output.slice(-30).join('')}`);
  }

  urls(): Record<string, string> {
    return Object.fromEntries([...this.running.keys()].map((s) => [s, this.url(s)]));
  }

  http(service: ServiceName) {
    return request(this.url(service));
  }
}

/** An event as an integrator receives it: the envelope's attributes and its payload. */
export interface ObservedEvent {
  type: string;
  id: string;
  subject: string;
  correlationid: string;
  causationid?: string;
  data: Record<string, unknown>;
}

/** An integrating department's queue bound to `#`: every event the platform publishes. */
export class Integrator {
  private model?: ChannelModel;
  readonly events: ObservedEvent[] = [];

  async start(): Promise<void> {
    this.model = await connect(connectOptionsFromUrl(process.env.AMQP_URL!));
    const channel = await this.model.createChannel();
    const { queue } = await channel.assertQueue('', { exclusive: true });
    await channel.bindQueue(queue, EVENTS_EXCHANGE, '#');
    await channel.consume(queue, (msg) => msg && this.events.push(JSON.parse(msg.content.toString())), { noAck: true });
  }

  of(type: string, subject?: string): ObservedEvent[] {
    return this.events.filter((e) => e.type === type && (subject === undefined || e.subject === subject || e.data.residentId === subject));
  }

  /**
   * The first event `event`'s causes lead back to (following `causationid` through the events
   * seen, itself if it has no cause), or `unknown cause <id>` where the chain breaks.
   */
  rootCause(event: ObservedEvent): string {
    const byId = new Map(this.events.map((e) => [e.id, e]));
    const seen = new Set<string>();
    let current = event;
    while (current.causationid !== undefined) {
      if (seen.has(current.id)) return `a cycle through ${current.id}`;
      seen.add(current.id);
      const cause = byId.get(current.causationid);
      if (!cause) return `unknown cause ${current.causationid}`;
      current = cause;
    }
    return current.id;
  }

  async stop(): Promise<void> {
    await this.model?.close();
  }
}
