import { isRoutingKey, type CloudEvent } from '@app/contracts';
import { runInContext } from '@app/common/logging/request-context';
import { Logger } from '@nestjs/common';
import { Server, type CustomTransportStrategy, type MessageHandler } from '@nestjs/microservices';
import type { Channel, ChannelModel, ConsumeMessage } from 'amqplib';
import { lastValueFrom } from 'rxjs';
import type { DataSource, EntityManager } from 'typeorm';
import { AmqpConnection } from '../connection/amqp-connection';
import type { MessagingConfig } from '../messaging.config';
import { messagingMetrics } from '../messaging.metrics';
import { copyOptions } from '../topology/copy-message';
import { declareTopology } from '../topology/declare-topology';
import { DEAD_LETTER_EXCHANGE, HEADERS, deadLetterQueue, eventsQueue, retryQueue, type DeadLetterReason } from '../topology/names';
import { ChannelAcks } from './channel-acks';
import { decodeDelivery, errorMessage, headerText, type Delivery } from './delivery';
import { inInboxTransaction } from './inbox-transaction';
import { handleBatchInSpans, handleInSpan, type WithinEvent } from '../tracing/event-tracing';
import { EventBatchContext, isBatchHandler, runsOfHandler } from './event-batch-context';
import { EventContext, PermanentEventError } from './event-context';
import { isTransientInfrastructureError } from './transient-error';

/** Backoff of an event held while the database is away: 200 ms, doubling, at most 5 s. */
const [IN_PLACE_RETRY_FIRST_MS, IN_PLACE_RETRY_MAX_MS] = [200, 5_000];

interface Ready extends Delivery {
  event: CloudEvent;
  handler: MessageHandler;
}

export interface TransportHooks {
  /** Runs after a batch's transaction committed and before its messages are acked. */
  afterCommit?: (events: CloudEvent[]) => void | Promise<void>;
}

/**
 * Serves `@OnEvent(routingKey)` handlers from the service's quorum queue.
 *
 * Messages are handled in micro-batches: one transaction inserts the inbox rows of the batch
 * (an event already in the inbox is skipped) and runs the handlers with that transaction's
 * EntityManager; the messages are acked only after the commit. If the batch fails, each event is
 * retried alone so one bad event cannot hold back the others. Acks go as one `multiple` ack per
 * batch where the order of batches allows it (AckWindow). A failing event is re-sent through
 * delay queues with growing delays, then dead-lettered with the error in a header; an event that
 * does not parse or fails its schema is dead-lettered at once and never reaches a handler.
 */
export class AmqpEventTransport extends Server implements CustomTransportStrategy {
  override readonly transportId = Symbol('civil-affairs-amqp');
  private readonly log: Logger;
  private readonly connection: AmqpConnection;
  private pending: Delivery[] = [];
  private flushTimer?: NodeJS.Timeout;
  private inFlight = 0;
  private readonly idle: Array<() => void> = [];
  private consumer?: { channel: Channel; tag: string };
  private closing = false;
  private readonly acks = new ChannelAcks();

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: MessagingConfig,
    private readonly hooks: TransportHooks = {},
  ) {
    super();
    this.log = new Logger(`EventTransport:${config.service}`);
    this.connection = new AmqpConnection(config.amqpUrl, `${config.service}-consumer`, config.reconnectMaxDelayMs);
  }

  /** True while a consumer is attached to the service's queue. */
  get isConnected(): boolean {
    return this.consumer !== undefined;
  }

  on(): void {
    // Connection events are handled inside; nothing to subscribe to from outside.
  }

  unwrap<T>(): T {
    return this.connection as T;
  }

  /** Starts consuming in the background: a broker that is down delays consumption, not start-up. */
  listen(callback: (...optionalParams: unknown[]) => void): void {
    // A handler bound to a key nobody publishes would wait for ever, silently: refuse to start.
    const unknown = [...this.messageHandlers.keys()].filter((key) => !isRoutingKey(key));
    if (unknown.length > 0) throw new Error(`event handlers for keys that are not in the EventMap: ${unknown.join(', ')}`);
    void this.connection.onConnect((model) => this.setUp(model));
    void this.connection.start();
    callback();
  }

  async close(): Promise<void> {
    this.closing = true;
    const consumer = this.consumer;
    if (consumer) await consumer.channel.cancel(consumer.tag).catch(() => undefined);
    this.scheduleFlush();
    await this.whenIdle();
    // Closing the channel before the connection flushes the last acks.
    if (consumer) await consumer.channel.close().catch(() => undefined);
    await this.connection.close();
  }

  private async setUp(model: ChannelModel): Promise<void> {
    const channel = await model.createChannel();
    channel.on('error', (err: Error) => this.log.warn(`consumer channel error: ${err.message}`));
    await declareTopology(channel, {
      service: this.config.service,
      bindings: [...this.messageHandlers.keys()],
      retryDelaysMs: this.config.retryDelaysMs,
      deliveryLimit: this.config.deliveryLimit,
    });
    if (this.closing) return;
    await channel.prefetch(this.config.prefetch);
    const { consumerTag } = await channel.consume(
      eventsQueue(this.config.service),
      (msg) => msg && this.enqueue({ channel, msg }),
      { noAck: false },
    );
    this.consumer = { channel, tag: consumerTag };
    channel.on('close', () => {
      if (this.consumer?.channel === channel) this.consumer = undefined;
    });
  }

  private enqueue(delivery: Delivery): void {
    this.acks.opened(delivery);
    this.pending.push(delivery);
    if (this.pending.length >= this.config.consumerBatchSize) this.scheduleFlush();
    else if (!this.flushTimer) this.flushTimer = setTimeout(() => this.scheduleFlush(), this.config.consumerBatchWaitMs);
  }

  /**
   * Starts batches while fewer than `consumerConcurrency` are in flight. Concurrent batches run
   * in separate transactions; an event delivered twice into two of them is applied once, since
   * the second inbox insert waits for the first and then finds the row.
   */
  private scheduleFlush(): void {
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    while (this.inFlight < this.config.consumerConcurrency && this.pending.length > 0) {
      const batch = this.pending.splice(0, this.config.consumerBatchSize);
      this.inFlight += 1;
      void this.processBatch(batch)
        .catch((err) => {
          // Only reachable if the broker vanished while dead-lettering; the unacked messages
          // come back when the channel is reopened.
          this.log.error(`batch left unacknowledged: ${errorMessage(err)}`);
        })
        .finally(() => {
          this.inFlight -= 1;
          if (this.pending.length > 0) this.scheduleFlush();
          else if (this.inFlight === 0) this.idle.splice(0).forEach((resolve) => resolve());
        });
    }
  }

  private whenIdle(): Promise<void> {
    if (this.inFlight === 0 && this.pending.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idle.push(resolve));
  }

  private async processBatch(batch: Delivery[]): Promise<void> {
    const ready: Ready[] = [];
    for (const delivery of batch) {
      const decoded = decodeDelivery(delivery.msg.content);
      if (!decoded.ok) {
        await this.deadLetter(delivery, decoded.reason, decoded.detail);
        continue;
      }
      // A plain lookup: Nest's getHandlerByPattern first tries JSON.parse on the pattern and
      // catches the error, which cost a quarter of the consumer's CPU time.
      const handler = this.messageHandlers.get(decoded.event.type);
      if (!handler) {
        await this.deadLetter(delivery, 'NO_HANDLER', `no handler for ${decoded.event.type}`);
        continue;
      }
      ready.push({ ...delivery, event: decoded.event, handler });
    }
    if (ready.length === 0) return;

    try {
      await this.applyAndAck(ready);
    } catch (batchError) {
      if (ready.length === 1) return this.onFailure(ready[0], batchError);
      for (const one of ready) {
        try {
          await this.applyAndAck([one]);
        } catch (err) {
          await this.onFailure(one, err);
        }
      }
    }
  }

  private async applyAndAck(items: Ready[]): Promise<void> {
    const entries = items.map((i) => ({ id: i.event.id, type: i.event.type }));
    await inInboxTransaction(this.dataSource, this.config.service, entries, async (fresh, manager) => {
      // delete(): the same event twice in one batch runs once.
      const todo = items.filter((item) => fresh.delete(item.event.id));
      for (const run of runsOfHandler(todo)) {
        if (isBatchHandler(run[0].handler)) await this.invokeBatch(run, manager);
        else for (const item of run) await this.invoke(item, manager);
      }
    });
    await this.hooks.afterCommit?.(items.map((i) => i.event));
    this.acks.ack(items);
    for (const item of items) messagingMetrics.consumed.inc({ service: this.config.service, type: item.event.type, outcome: 'handled' });
  }

  private async invoke(item: Ready, manager: EntityManager): Promise<void> {
    const context = new EventContext([item.event, manager, item.msg]);
    await this.asCauseOf(item.event, async () => {
      const result = await item.handler(item.event, context);
      await lastValueFrom(this.transformToObservable(result), { defaultValue: undefined });
    });
  }

  private async invokeBatch(run: Ready[], manager: EntityManager): Promise<void> {
    const events = run.map((item) => item.event);
    await handleBatchInSpans(events, this.config.service, async (inSpanOf) => {
      const result = await run[0].handler(events, new EventBatchContext(events, manager, (event, work) => this.asCauseOf(event, work, inSpanOf)));
      await lastValueFrom(this.transformToObservable(result), { defaultValue: undefined });
    });
  }

  /**
   * Everything published inside carries the event's correlation id and names it as cause
   * (EventPublisher reads both from the context); logs carry the correlation id too. With tracing
   * on, the handling is a span in the trace that created the event (a batch's: its event's span).
   */
  private asCauseOf<T>(event: CloudEvent, work: () => Promise<T>, inSpan: WithinEvent = (e, w) => handleInSpan(e, this.config.service, w)): Promise<T> {
    return runInContext({ correlationId: event.correlationid, causationId: event.id }, () => inSpan(event, work));
  }

  private async onFailure(item: Ready, err: unknown): Promise<void> {
    const message = errorMessage(err);
    if (err instanceof PermanentEventError) return this.deadLetter(item, 'PERMANENT_ERROR', message);
    const retries = Number(item.msg.properties.headers?.[HEADERS.retryCount] ?? 0);
    const delays = this.config.retryDelaysMs;
    if (isTransientInfrastructureError(err)) return this.retryInPlace(item, err);
    if (retries >= delays.length) return this.deadLetter(item, 'HANDLER_FAILED', message);

    const delay = delays[retries];
    this.log.warn(`${item.event.type} ${item.event.id} failed (${message}); retry ${retries + 1} in ${delay} ms`);
    await this.republish(item, '', retryQueue(this.config.service, delay), {
      [HEADERS.retryCount]: retries + 1,
      [HEADERS.lastError]: headerText(message),
    });
    messagingMetrics.retried.inc({ service: this.config.service });
  }

  /**
   * The database is away: keep the message unacknowledged in its quorum queue and apply it again
   * here, with capped backoff, without counting an attempt. Sending it round a delay queue instead
   * lost events in the fault suite: the broker dead-letters a delay queue's expired message back
   * at most once, and two deaths deferred during a database cut never came back. A consumer that
   * stops meanwhile leaves the message unacknowledged, so the broker hands it on.
   */
  private async retryInPlace(item: Ready, first: unknown): Promise<void> {
    let err = first;
    this.acks.held(item);
    for (let attempt = 1; ; attempt += 1) {
      const delay = Math.min(IN_PLACE_RETRY_MAX_MS, IN_PLACE_RETRY_FIRST_MS * 2 ** Math.min(attempt - 1, 10));
      this.log.warn(`${item.event.type} ${item.event.id} deferred, infrastructure unavailable (${errorMessage(err)}); again in ${delay} ms`);
      messagingMetrics.retried.inc({ service: this.config.service });
      await new Promise((resolve) => setTimeout(resolve, delay));
      if (this.closing) return;
      try {
        await this.applyAndAck([item]);
        return;
      } catch (next) {
        if (!isTransientInfrastructureError(next)) return this.onFailure(item, next);
        err = next;
      }
    }
  }

  private async deadLetter(delivery: Delivery, reason: DeadLetterReason, detail: string): Promise<void> {
    this.log.warn(`dead-lettering message ${delivery.msg.properties.messageId ?? '?'}: ${reason}: ${detail}`);
    await this.republish(delivery, DEAD_LETTER_EXCHANGE, deadLetterQueue(this.config.service), {
      [HEADERS.deadLetterReason]: reason,
      [HEADERS.error]: headerText(detail),
      [HEADERS.failedAt]: new Date().toISOString(),
      [HEADERS.consumer]: this.config.service,
    });
    messagingMetrics.deadLettered.inc({ service: this.config.service, reason });
  }

  /** Publishes a copy with confirms, then acks the original: the message is never in neither place. */
  private async republish(delivery: Delivery, exchange: string, routingKey: string, extra: Record<string, unknown>): Promise<void> {
    const { msg } = delivery;
    const headers = { ...(msg.properties.headers ?? {}) };
    if (!headers[HEADERS.originalRoutingKey]) headers[HEADERS.originalRoutingKey] = msg.fields.routingKey;
    const channel = await this.connection.confirmChannel();
    channel.publish(exchange, routingKey, msg.content, copyOptions(msg, { ...headers, ...extra }));
    await channel.waitForConfirms();
    this.acks.ack([delivery]);
  }
}

export type { ConsumeMessage };
