// The one way to handle an event: `@OnEvent(key)` binds the queue to a routing key of the
// EventMap and types the handler's payload to that key's envelope. A plain `@EventPattern('…')`
// took any string, so a typo bound the queue to a key nobody publishes and still compiled.
import type { CloudEvent, RoutingKey } from '@app/contracts';
import { EventPattern } from '@nestjs/microservices';
import type { EventBatchContext } from './event-batch-context';
import type { EventContext } from './event-context';

/** A handler of key K: its first parameter must accept the envelope of K. */
type HandlerOf<K extends RoutingKey> = (event: CloudEvent<K>, ctx: EventContext) => Promise<void>;

/**
 * Several keys bind one handler to each of them: the five programmes publish their own copy of
 * one contract (`<programme>.payables.approved.v1`), handled alike. The handler must accept the
 * envelope of every key. Nest keeps one pattern list per method, so stacking the decorator would
 * keep only the last key; pass them all to one call.
 */
export function OnEvent<K extends RoutingKey>(...keys: [K, ...K[]]) {
  return (target: object, propertyKey: string | symbol, descriptor: TypedPropertyDescriptor<HandlerOf<K>>): void => {
    EventPattern(keys)(target, propertyKey, descriptor);
  };
}

/** A batch handler of key K: it gets every event of a run of the micro-batch at once. */
type BatchHandlerOf<K extends RoutingKey> = (events: Array<CloudEvent<K>>, ctx: EventBatchContext<K>) => Promise<void>;

/** Marks a handler as taking the events of a micro-batch together (AmqpEventTransport reads it). */
export const BATCH_HANDLER = { batch: true } as const;

/**
 * `@OnEvent` for a handler that writes the effects of many events with one statement: it is given
 * each run of consecutive events of its keys in a micro-batch, in delivery order, inside the
 * batch's transaction (after their inbox rows). If the batch fails, each event is retried alone,
 * so the handler is then called with one event.
 */
export function OnEventBatch<K extends RoutingKey>(...keys: [K, ...K[]]) {
  return (target: object, propertyKey: string | symbol, descriptor: TypedPropertyDescriptor<BatchHandlerOf<K>>): void => {
    EventPattern(keys, BATCH_HANDLER)(target, propertyKey, descriptor);
  };
}
