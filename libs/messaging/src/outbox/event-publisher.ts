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

export interface PendingEvent<K extends RoutingKey = RoutingKey> {
  type: K;
  data: EventOf<K>;
  meta: PublishMeta;
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
    const [event] = await this.publishMany(manager, [{ type, data, meta }]);
    return event as CloudEvent<K>;
  }

  /**
   * Several events in one statement, for a transaction that emits many (a payroll run, a bulk
   * import): one round trip instead of one per event.
   */
  async publishMany(manager: EntityManager, pending: PendingEvent[]): Promise<CloudEvent[]> {
    if (!manager.queryRunner?.isTransactionActive) throw new OutboxOutsideTransactionError();
    if (pending.length === 0) return [];
    const events = pending.map(({ type, data, meta }) =>
      createEnvelope(type, data as never, {
        source: `/${this.service}`,
        subject: meta.subject,
        // An event caused by an HTTP request carries that request's correlation id.
        correlationId: meta.correlationId ?? currentCorrelationId(),
        causationId: meta.causationId,
      }),
    );
    // pg_notify inside the transaction is delivered only on commit, which is exactly when the
    // rows become visible to the relay.
    await manager.query(
      `WITH rows AS (
         INSERT INTO outbox (id, routing_key, envelope)
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::jsonb[])
         RETURNING 1)
       SELECT pg_notify($4, '') FROM rows LIMIT 1`,
      [events.map((e) => e.id), events.map((e) => e.type), events.map((e) => JSON.stringify(e)), OUTBOX_NOTIFY_CHANNEL],
    );
    return events;
  }
}
