import { Logger } from '@nestjs/common';
import { connect, type ChannelModel, type ConfirmChannel, type Options } from 'amqplib';
import { amqpUrls, brokerAddress, connectionOrder } from './amqp-urls';

type SetupFn = (model: ChannelModel) => Promise<void>;

export class BrokerUnavailableError extends Error {
  constructor() {
    super('RabbitMQ connection is not available');
  }
}

/** Turns an amqp:// URL into connect options, adding a heartbeat so a dead peer is noticed. */
export function connectOptionsFromUrl(url: string, heartbeatSeconds = 10): Options.Connect {
  const parsed = new URL(url);
  const vhost = decodeURIComponent(parsed.pathname.replace(/^\//, '')) || '/';
  return {
    protocol: parsed.protocol.replace(':', ''),
    hostname: parsed.hostname,
    port: parsed.port ? Number(parsed.port) : 5672,
    username: decodeURIComponent(parsed.username) || 'guest',
    password: decodeURIComponent(parsed.password) || 'guest',
    vhost,
    heartbeat: Number(parsed.searchParams.get('heartbeat') ?? heartbeatSeconds),
  };
}

/**
 * Connects to the first broker of a comma-separated list that answers, trying them in turn (for
 * one-shot tools; a service uses AmqpConnection). Fails with the last broker's error.
 */
export async function connectFirstAvailable(list: string, socketOptions?: object): Promise<ChannelModel> {
  let last: unknown;
  for (const url of amqpUrls(list)) {
    try {
      return await connect(connectOptionsFromUrl(url), socketOptions);
    } catch (err) {
      last = err;
    }
  }
  throw last;
}

/**
 * One AMQP connection that reconnects by itself with capped exponential backoff. Channels die
 * with their connection, so users register a setup function that runs after every (re)connect
 * to recreate their channels, topology and consumers. `url` may list the nodes of a cluster,
 * comma-separated: each attempt tries them in turn (see amqp-urls.ts).
 */
export class AmqpConnection {
  private readonly logger: Logger;
  private model?: ChannelModel;
  private confirmChannelPromise?: Promise<ConfirmChannel>;
  private readonly setups: SetupFn[] = [];
  private stopped = false;
  private attempt = 0;
  private reconnectTimer?: NodeJS.Timeout;
  private firstConnection?: Promise<void>;
  private resolveFirst?: () => void;

  /** Bumped by every attempt; an attempt that was given up on closes what it connects later. */
  private generation = 0;

  private readonly urls: string[];
  /** Where the next attempt starts in `urls`, and which one the current connection uses. */
  private nextUrl = 0;
  private currentUrl = 0;

  constructor(
    url: string,
    private readonly name: string,
    private readonly maxDelayMs = 5_000,
    /** How long connecting plus every setup may take before the attempt is dropped and retried. */
    private readonly attemptTimeoutMs = 30_000,
  ) {
    this.logger = new Logger(`AmqpConnection:${name}`);
    this.urls = amqpUrls(url);
  }

  get isConnected(): boolean {
    return this.model !== undefined;
  }

  /** Starts connecting in the background; resolves once the first connection is set up. */
  start(): Promise<void> {
    if (!this.firstConnection) {
      this.firstConnection = new Promise((resolve) => (this.resolveFirst = resolve));
      void this.connectLoop();
    }
    return this.firstConnection;
  }

  /** Runs after every successful (re)connect, and at once if already connected. */
  async onConnect(setup: SetupFn): Promise<void> {
    this.setups.push(setup);
    if (this.model) await setup(this.model);
  }

  /** The connection's shared confirm channel for publishing; recreated after a reconnect. */
  confirmChannel(): Promise<ConfirmChannel> {
    const model = this.model;
    if (!model) return Promise.reject(new BrokerUnavailableError());
    if (!this.confirmChannelPromise) {
      const created = model.createConfirmChannel();
      this.confirmChannelPromise = created;
      created
        .then((channel) => {
          channel.on('error', (err: Error) => this.logger.warn(`confirm channel error: ${err.message}`));
          channel.on('close', () => {
            if (this.confirmChannelPromise === created) this.confirmChannelPromise = undefined;
          });
        })
        .catch(() => {
          if (this.confirmChannelPromise === created) this.confirmChannelPromise = undefined;
        });
    }
    return this.confirmChannelPromise;
  }

  /** Messages ready in `queue`, by a passive check on a channel of its own (a missing queue closes it); null while disconnected or missing. */
  async queueDepth(queue: string): Promise<number | null> {
    const model = this.model;
    if (!model) return null;
    const channel = await model.createChannel();
    channel.on('error', () => undefined);
    try {
      return (await channel.checkQueue(queue)).messageCount;
    } catch {
      return null;
    } finally {
      await channel.close().catch(() => undefined);
    }
  }

  async close(): Promise<void> {
    this.stopped = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    const model = this.model;
    this.model = undefined;
    this.confirmChannelPromise = undefined;
    if (model) {
      try {
        await model.close();
      } catch {
        // already closing because the broker went away
      }
    }
  }

  /**
   * One attempt at connecting and setting up, bounded in time: a broker that accepts the socket
   * but never finishes the handshake, or a declaration that is never answered while a restarted
   * node starts its queues, would otherwise leave the service connected to nothing for ever.
   */
  private async connectLoop(): Promise<void> {
    if (this.stopped) return;
    const generation = ++this.generation;
    const attempt = this.connectAndSetUp(generation);
    attempt.catch(() => undefined);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`connecting and setting up took longer than ${this.attemptTimeoutMs} ms`)), this.attemptTimeoutMs);
    });
    try {
      const model = await Promise.race([attempt, timeout]);
      if (!model) return;
      this.attempt = 0;
      this.logger.log(this.urls.length > 1 ? `connected to RabbitMQ at ${brokerAddress(this.urls[this.currentUrl])}` : 'connected to RabbitMQ');
      this.resolveFirst?.();
    } catch (err) {
      if (this.generation === generation) this.generation += 1;
      // A failed or abandoned setup leaves a half-configured connection: drop it and start over,
      // from the node after the one that refused, hung or failed the setup.
      this.nextUrl = (this.currentUrl + 1) % this.urls.length;
      const half = this.model;
      this.model = undefined;
      this.confirmChannelPromise = undefined;
      half?.close().catch(() => undefined);
      this.scheduleReconnect(err as Error);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Resolves with the set-up connection, or undefined when stopped or given up on meanwhile. */
  private async connectAndSetUp(generation: number): Promise<ChannelModel | undefined> {
    const model = await this.connectToOne(generation);
    if (this.stopped || generation !== this.generation) {
      await model.close().catch(() => undefined);
      return undefined;
    }
    model.on('error', (err: Error) => this.logger.warn(`connection error: ${err.message}`));
    model.on('close', () => this.onClosed(model));
    this.model = model;
    this.confirmChannelPromise = undefined;
    for (const setup of this.setups) await setup(model);
    return model;
  }

  /** The first node of the list, from `nextUrl` on, that accepts a connection; else the last refusal. */
  private async connectToOne(generation: number): Promise<ChannelModel> {
    let last: unknown = new Error('connection attempt given up');
    for (const index of connectionOrder(this.urls.length, this.nextUrl)) {
      // An attempt given up on (timed out on a node that never answers) stops walking the list.
      if (generation !== this.generation) break;
      this.currentUrl = index;
      try {
        return await connect(connectOptionsFromUrl(this.urls[index]), { clientProperties: { connection_name: this.name } });
      } catch (err) {
        last = err;
      }
    }
    throw last;
  }

  private onClosed(model: ChannelModel): void {
    if (this.model !== model) return;
    // The node this connection used may be the one going away: the next attempt starts after it.
    this.nextUrl = (this.currentUrl + 1) % this.urls.length;
    this.model = undefined;
    this.confirmChannelPromise = undefined;
    if (!this.stopped) this.scheduleReconnect(new Error('connection closed'));
  }

  private scheduleReconnect(err: Error): void {
    if (this.stopped || this.reconnectTimer) return;
    this.attempt += 1;
    const delay = Math.min(this.maxDelayMs, 100 * 2 ** Math.min(this.attempt - 1, 10));
    this.logger.warn(`RabbitMQ unavailable (${err.message}); reconnecting in ${delay} ms`);
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = undefined;
      void this.connectLoop();
    }, delay);
  }
}
