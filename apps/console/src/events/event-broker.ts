import { AmqpConnection } from '@app/messaging/connection/amqp-connection';
import { EVENTS_EXCHANGE } from '@app/messaging/topology/names';
import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import type { Channel, ChannelModel, ConsumeMessage } from 'amqplib';
import { randomUUID } from 'node:crypto';
import { consoleProblem } from '../problems';
import { EVENTS_CONFIG, type EventsConfig } from './events-config';

export interface EventListener {
  message(msg: ConsumeMessage): void;
  /** The subscription ended without being closed: the broker or the connection went away. */
  lost(): void;
}

export interface Subscription {
  close(): Promise<void>;
}

/** A queue holds at most this many undelivered events; older ones are dropped (a stream is for watching, not for records). */
const QUEUE_MAX_LENGTH = 10_000;

/**
 * `console.stream.<random>`: the console's broker user (deploy/rabbitmq) may declare and bind only
 * queues named `console.*`; a server-named `amq.gen-…` queue would be refused.
 */
export function streamQueueName(): string {
  return `console.stream.${randomUUID()}`;
}

/**
 * The console's one connection to the broker, opened when the first stream asks for it (a
 * console nobody watches events on never connects) and reconnected by itself. Each subscription
 * is a channel with an exclusive, auto-deleted queue of a random name bound to every event ('#'),
 * the way an integrating department listens: it goes away with its channel.
 */
@Injectable()
export class EventBroker implements OnApplicationShutdown {
  private readonly logger = new Logger(EventBroker.name);
  private connection?: AmqpConnection;
  private model?: ChannelModel;
  /** Requests waiting for the (re)connection. */
  private readonly waiting = new Set<() => void>();

  constructor(@Inject(EVENTS_CONFIG) private readonly config: EventsConfig) {}

  async subscribe(listener: EventListener): Promise<Subscription> {
    const model = await this.connected();
    let channel: Channel | undefined;
    try {
      channel = await model.createChannel();
      channel.on('error', (err: Error) => this.logger.warn(`event stream channel error: ${err.message}`));
      const queue = streamQueueName();
      await channel.assertQueue(queue, { exclusive: true, autoDelete: true, arguments: { 'x-queue-type': 'classic', 'x-max-length': QUEUE_MAX_LENGTH } });
      // Not asserted: that needs the configure right on the exchange, which listeners lack (the
      // services and deploy/rabbitmq declare it). Missing, the bind fails and the stream is 503.
      await channel.bindQueue(queue, EVENTS_EXCHANGE, '#');
      // A null message: the broker cancelled the consumer (the queue was deleted).
      await channel.consume(queue, (msg) => (msg ? listener.message(msg) : listener.lost()), { noAck: true });
    } catch (err) {
      this.logger.warn(`could not subscribe to ${EVENTS_EXCHANGE}: ${(err as Error).message}`);
      await channel?.close().catch(() => undefined);
      throw unavailable();
    }
    let closing = false;
    const open = channel;
    open.on('close', () => {
      if (!closing) listener.lost();
    });
    return {
      close: async () => {
        closing = true;
        await open.close().catch(() => undefined);
      },
    };
  }

  /** After the streams have ended (EventStreams, onModuleDestroy) and the HTTP server closed. */
  async onApplicationShutdown(): Promise<void> {
    await this.connection?.close();
  }

  /** The live connection; starts it on first use and waits at most brokerWaitMs for it (also while it reconnects). */
  private async connected(): Promise<ChannelModel> {
    if (this.model) return this.model;
    await new Promise<void>((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.waiting.delete(done);
        resolve();
      };
      const timer = setTimeout(done, this.config.brokerWaitMs);
      this.waiting.add(done);
      this.start();
    });
    if (!this.model) throw unavailable();
    return this.model;
  }

  private start(): void {
    if (this.connection) return;
    const connection = new AmqpConnection(this.config.amqpUrl, 'console-events', this.config.reconnectMaxDelayMs);
    this.connection = connection;
    void connection.onConnect(async (model) => {
      this.model = model;
      model.once('close', () => {
        if (this.model === model) this.model = undefined;
      });
      for (const done of [...this.waiting]) done();
    });
    void connection.start();
  }
}

function unavailable() {
  return consoleProblem('EVENTS.BROKER_UNAVAILABLE', { status: 503, detail: 'The console cannot reach the message broker; the event stream is not available now.' });
}
