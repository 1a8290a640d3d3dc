// The one way to handle an event: `@OnEvent(key)` binds the queue to a routing key of the
// EventMap and types the handler's payload to that key's envelope. A plain `@EventPattern('…')`
// took any string, so a typo bound the queue to a key nobody publishes and still compiled.
import type { CloudEvent, RoutingKey } from '@app/contracts';
import { EventPattern } from '@nestjs/microservices';
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
