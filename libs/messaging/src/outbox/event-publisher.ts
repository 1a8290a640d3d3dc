import { currentCorrelationId } from '@app/common/logging/request-context';
import { createEnvelope, type CloudEvent, type EventOf, type RoutingKey } from '@app/contracts';
import type { EntityManager } from 'typeorm';
import { OUTBOX_NOTIFY_CHANNEL } from './outbox-channel';

export interface PublishMeta {
  /** The aggregate or resident the event is about. */
  subject: string;
  correlationId?: string;
  causationId?: string;
}

export class OutboxOutsideTransactionError extends Error {
  constructor() {
    super('Events must be enqueued inside the transaction that makes the state change');
  }
}

/**
 * The producer side of the transactional outbox: `publish` writes the event into the outbox
 * through the caller's EntityManager, so the event exists if and only if the caller's
 * transaction commits. The relay sends it to RabbitMQ afterwards.
 */
export class EventPublisher {
  constructor(private readonly service: string) {}

  async publish<K extends RoutingKey>(
    manager: EntityManager,
    type: K,
    data: EventOf<K>,
    meta: PublishMeta,
  ): Promise<CloudEvent<K>> {
    if (!manager.queryRunner?.isTransactionActive) throw new OutboxOutsideTransactionError();
    const event = createEnvelope(type, data, {
      source: `/${this.service}`,
      subject: meta.subject,
      // An event caused by an HTTP request carries that request's correlation id.
      correlationId: meta.correlationId ?? currentCorrelationId(),
      causationId: meta.causationId,
    });
    // pg_notify inside the transaction is delivered only on commit, which is exactly when the
    // row becomes visible to the relay.
    await manager.query(
      `WITH row AS (INSERT INTO outbox (id, routing_key, envelope) VALUES ($1, $2, $3) RETURNING 1)
       SELECT pg_notify($4, '') FROM row`,
      [event.id, type, JSON.stringify(event), OUTBOX_NOTIFY_CHANNEL],
    );
    return event;
  }
}
