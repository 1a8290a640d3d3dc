import type { CloudEvent, EventOf, RoutingKey } from '@app/contracts';
import { BaseRpcContext } from '@nestjs/microservices';
import type { ConsumeMessage } from 'amqplib';
import type { EntityManager } from 'typeorm';
import type { EventPublisher, PublishMeta } from '../outbox/event-publisher';

type Args = [CloudEvent, EntityManager, ConsumeMessage, EventPublisher];

/**
 * What a handler gets besides the event: the EntityManager of the transaction that also writes
 * the inbox row (every effect must go through it), and `publish` to emit follow-up events into
 * the same transaction's outbox, carrying the correlation id and this event as their cause.
 */
export class EventContext extends BaseRpcContext<Args> {
  get event(): CloudEvent {
    return this.args[0];
  }

  get manager(): EntityManager {
    return this.args[1];
  }

  get message(): ConsumeMessage {
    return this.args[2];
  }

  /** How many times this event was retried before this attempt (0 on the first delivery). */
  get retryCount(): number {
    return Number(this.message.properties.headers?.['x-retry-count'] ?? 0);
  }

  publish<K extends RoutingKey>(type: K, data: EventOf<K>, meta: Partial<PublishMeta> = {}): Promise<CloudEvent<K>> {
    return this.args[3].publish(this.manager, type, data, { subject: meta.subject ?? this.event.subject });
  }
}

/** Throw this from a handler when retrying cannot help: the event goes to the DLQ at once. */
export class PermanentEventError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PermanentEventError';
  }
}
