import type { ConsumeMessage } from 'amqplib';
import type { Response } from 'express';
import { consoleProblem } from '../problems';
import type { Subscription } from './event-broker';
import type { EventsConfig } from './events-config';
import { eventView } from './rules/event-view.rule';
import { sseComment, sseFrame } from './sse';

/** Why the console ended a stream, sent in its last frame (`end`). */
export type EndReason = 'TIMEOUT' | 'BROKER_LOST' | 'SHUTDOWN';

/** The outbox relay puts the envelope's correlation id in this header too (libs/messaging HEADERS.correlationId). */
const CORRELATION_HEADER = 'x-correlation-id';

type StreamTiming = Pick<EventsConfig, 'streamSeconds' | 'heartbeatSeconds'>;

/**
 * One open text/event-stream response: a `ready` frame once the queue is bound, then a
 * `platform-event` frame for every event of the correlation as it arrives, and an `end` frame
 * when the time is up, the broker went away or the console shuts down. A client that leaves
 * ends it too. Whichever way it ends, the queue is deleted and `onEnded` runs once.
 */
export class LiveEventStream {
  private ended = false;
  private started = false;
  private subscription?: Subscription;
  private readonly timers: NodeJS.Timeout[] = [];

  constructor(
    private readonly res: Response,
    private readonly correlationId: string,
    private readonly timing: StreamTiming,
    private readonly onEnded: () => void,
  ) {
    res.once('close', () => this.end(null));
  }

  /** Starts answering; before this, a failure can still be answered as a problem. */
  start(subscription: Subscription): void {
    this.subscription = subscription;
    if (this.ended) {
      void subscription.close();
      throw consoleProblem('EVENTS.BROKER_UNAVAILABLE', { status: 503, detail: 'The event stream ended before it started.' });
    }
    this.started = true;
    this.res.status(200);
    this.res.setHeader('Content-Type', 'text/event-stream; charset=utf-8');
    this.res.setHeader('Cache-Control', 'no-store, no-transform');
    // nginx and similar proxies would otherwise buffer the stream.
    this.res.setHeader('X-Accel-Buffering', 'no');
    this.res.flushHeaders();
    this.write(sseFrame('ready', { correlationId: this.correlationId, seconds: this.timing.streamSeconds }));
    this.timers.push(setTimeout(() => this.end('TIMEOUT'), this.timing.streamSeconds * 1000));
    this.timers.push(setInterval(() => this.write(sseComment('heartbeat')), this.timing.heartbeatSeconds * 1000));
  }

  /** A message from the queue: sent on when it is an event of this correlation. */
  deliver(msg: ConsumeMessage): void {
    if (this.ended || !this.started) return;
    const header: unknown = msg.properties.headers?.[CORRELATION_HEADER];
    // Most events belong to other correlations: the header spares parsing them.
    if (typeof header === 'string' && header !== this.correlationId) return;
    let body: unknown;
    try {
      body = JSON.parse(msg.content.toString('utf8'));
    } catch {
      return;
    }
    const view = eventView(body, this.correlationId);
    if (view) this.write(sseFrame('platform-event', view, view.id));
  }

  /** Ends the stream once; `null` when the client left (nothing more to tell it). */
  end(reason: EndReason | null): void {
    if (this.ended) return;
    this.ended = true;
    for (const timer of this.timers) clearTimeout(timer);
    if (this.started && !this.res.writableEnded) {
      if (reason) this.res.write(sseFrame('end', { reason }));
      this.res.end();
    }
    void this.subscription?.close();
    this.onEnded();
  }

  private write(chunk: string): void {
    if (!this.ended && !this.res.writableEnded) this.res.write(chunk);
  }
}
