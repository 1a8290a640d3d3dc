import type { CloudEvent } from '@app/contracts';
import { BaseRpcContext } from '@nestjs/microservices';
import type { ConsumeMessage } from 'amqplib';
import type { EntityManager } from 'typeorm';

type Args = [CloudEvent, EntityManager, ConsumeMessage];

/**
 * What a handler gets besides the event: the EntityManager of the transaction that also writes
 * the inbox row. Every effect goes through it, follow-up events too: the injected
 * EventPublisher with `ctx.manager` writes them into the same transaction's outbox, and the
 * transport's handler context gives them this event's correlation id and this event as cause.
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
}

/** Throw this from a handler when retrying cannot help: the event goes to the DLQ at once. */
export class PermanentEventError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PermanentEventError';
  }
}
