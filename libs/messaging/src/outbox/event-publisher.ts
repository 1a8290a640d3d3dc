import type { StatementParams } from '@app/common/db/statement-params';
import { currentCausationId, currentCorrelationId } from '@app/common/logging/request-context';
import { createEnvelope, subjectOf, type CloudEvent, type EventOf, type RoutingKey } from '@app/contracts';
import type { EntityManager } from 'typeorm';
import { currentTraceContext } from '../tracing/event-tracing';
import { OUTBOX_NOTIFY_CHANNEL } from './outbox-channel';

/**
 * An event to publish is its type and payload alone: the subject follows from the payload
 * (EVENT_SUBJECTS in libs/contracts), correlation and causation from the request or handler
 * context (libs/common/src/logging/request-context).
 */
export interface PendingEvent<K extends RoutingKey = RoutingKey> {
  type: K;
  data: EventOf<K>;
}

export class OutboxOutsideTransactionError extends Error {
  constructor() {
    super('Events must be enqueued inside the transaction that makes the state change');
  }
}

/**
 * The one way to publish, from an HTTP request, a scheduled job or an event handler alike: the
 * producer side of the transactional outbox. `publish` writes the event into the outbox through
 * the caller's EntityManager, so the event exists if and only if the caller's transaction
 * commits; the relay sends it to RabbitMQ afterwards. The envelope's correlation and causation
 * are read from the context the work runs in: a request's correlation id; while an event is
 * handled, that event's correlation id and its id as the cause. Without a context (a job) the
 * event starts a new chain. With tracing on, the span the work runs in is stored with the event
 * (its `traceparent`), so the consumers' handling joins the same trace.
 */
export class EventPublisher {
  constructor(private readonly service: string) {}

  async publish<K extends RoutingKey>(
    manager: EntityManager,
    type: K,
    data: EventOf<K>,
  ): Promise<CloudEvent<K>> {
    const [event] = await this.publishMany(manager, [{ type, data }]);
    return event as CloudEvent<K>;
  }

  /**
   * Several events in one statement, for a transaction that emits many (a payroll run, a bulk
   * import): one round trip instead of one per event.
   */
  async publishMany(manager: EntityManager, pending: PendingEvent[]): Promise<CloudEvent[]> {
    if (!manager.queryRunner?.isTransactionActive) throw new OutboxOutsideTransactionError();
    const events = this.envelopes(pending);
    await this.write(manager, events);
    return events;
  }

  /**
   * The envelopes `publishMany` would write, made now, in the current context (its correlation,
   * cause and trace), without writing them: a batch handler makes each event's follow-ups inside
   * `ctx.asCauseOf(event, …)` and writes those of the whole micro-batch with `write`.
   */
  envelopes(pending: PendingEvent[]): CloudEvent[] {
    const correlationId = currentCorrelationId();
    const causationId = currentCausationId();
    const traceContext = currentTraceContext();
    return pending.map(({ type, data }) =>
      createEnvelope(type, data as never, { source: `/${this.service}`, subject: subjectOf(type, data), correlationId, causationId, traceContext }),
    );
  }

  /**
   * The outbox insert as one part of the caller's own statement (a data-modifying CTE named
   * `outbox_rows`, to put after `WITH` beside the state change), for a change and its events in
   * ONE round trip: a statement is atomic, so the events exist exactly when the change does, in a
   * transaction or without one (then the statement is its own transaction, with no BEGIN and
   * COMMIT round trips). With `only`, an event is written only when its key is among the rows the
   * change wrote (`among`: SQL giving one text column, e.g. `SELECT id::text FROM inserted`, the
   * change's RETURNING); an event of a row the change left alone (ON CONFLICT DO NOTHING) is not.
   * The relay is notified on commit, once, and only if a row was written.
   */
  outboxPart(params: StatementParams, events: CloudEvent[], only?: { keys: string[]; among: string }): string {
    if (only && only.keys.length !== events.length) throw new Error('outboxPart: one key per event');
    const source = `unnest(${params.add(events.map((e) => e.id))}::uuid[], ${params.add(events.map((e) => e.type))}::text[], ${params.add(events.map((e) => JSON.stringify(e)))}::jsonb[]${
      only ? `, ${params.add(only.keys)}::text[]` : ''
    }) AS e(id, routing_key, envelope${only ? ', key' : ''})`;
    // pg_notify per row: identical notifications of one transaction are delivered once, on commit.
    return `outbox_rows AS (
      INSERT INTO outbox (id, routing_key, envelope)
      SELECT e.id, e.routing_key, e.envelope FROM ${source}${only ? ` WHERE e.key IN (${only.among})` : ''}
      RETURNING pg_notify(${params.add(OUTBOX_NOTIFY_CHANNEL)}, ''))`;
  }

  /** Writes envelopes made by `envelopes` into the outbox, in one statement of the caller's transaction. */
  async write(manager: EntityManager, events: CloudEvent[]): Promise<void> {
    if (!manager.queryRunner?.isTransactionActive) throw new OutboxOutsideTransactionError();
    if (events.length === 0) return;
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
  }
}
