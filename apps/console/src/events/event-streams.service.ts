import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import type { Response } from 'express';
import { consoleProblem } from '../problems';
import { EventBroker } from './event-broker';
import { EVENTS_CONFIG, type EventsConfig } from './events-config';
import { LiveEventStream } from './live-event-stream';
import { StreamSlots } from './stream-slots';

/** The open event streams of this console process, at most EVENTS_STREAMS_PER_USER per user. */
@Injectable()
export class EventStreams implements OnModuleDestroy {
  private readonly slots: StreamSlots;
  private readonly live = new Set<LiveEventStream>();

  constructor(
    private readonly broker: EventBroker,
    @Inject(EVENTS_CONFIG) private readonly config: EventsConfig,
  ) {
    this.slots = new StreamSlots(config.streamsPerUser);
  }

  /**
   * Answers `res` with the events of `correlationId` as they arrive. Refusals come before the
   * stream starts, as problems: 429 EVENTS.TOO_MANY_STREAMS, 503 EVENTS.BROKER_UNAVAILABLE.
   */
  async open(userId: string, correlationId: string, res: Response): Promise<void> {
    const release = this.slots.take(userId);
    if (!release) {
      throw consoleProblem('EVENTS.TOO_MANY_STREAMS', {
        status: 429,
        detail: `At most ${this.config.streamsPerUser} event streams per user may be open at once; close one first.`,
        headers: { 'Retry-After': String(this.config.streamSeconds) },
      });
    }
    const stream = new LiveEventStream(res, correlationId, this.config, () => {
      release();
      this.live.delete(stream);
    });
    this.live.add(stream);
    try {
      const subscription = await this.broker.subscribe({ message: (msg) => stream.deliver(msg), lost: () => stream.end('BROKER_LOST') });
      stream.start(subscription);
    } catch (err) {
      stream.end(null);
      throw err;
    }
  }

  /** Before the HTTP server closes: every open stream says so and ends. */
  onModuleDestroy(): void {
    for (const stream of [...this.live]) stream.end('SHUTDOWN');
  }
}
