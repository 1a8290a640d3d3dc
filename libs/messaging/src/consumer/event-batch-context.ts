import type { CloudEvent, RoutingKey } from '@app/contracts';
import type { EntityManager } from 'typeorm';

/**
 * What a batch handler (`@OnEventBatch`) gets besides the events: the EntityManager of the
 * transaction that also wrote their inbox rows, so that the effects of the whole micro-batch can be
 * written with one statement. Work that belongs to one event — publishing its follow-up events,
 * logging about it — runs inside `asCauseOf(event, …)`: what is published there carries the event's
 * correlation id and names it as cause, as in a single-event handler.
 */
export class EventBatchContext<K extends RoutingKey = RoutingKey> {
  constructor(
    readonly events: ReadonlyArray<CloudEvent<K>>,
    readonly manager: EntityManager,
    private readonly within: <T>(event: CloudEvent<K>, work: () => Promise<T>) => Promise<T>,
  ) {}

  asCauseOf<T>(event: CloudEvent<K>, work: () => Promise<T>): Promise<T> {
    return this.within(event, work);
  }
}

/** Consecutive events of the same handler, in order: a batch handler takes each run at once. */
export function runsOfHandler<T extends { handler: unknown }>(items: readonly T[]): T[][] {
  const runs: T[][] = [];
  for (const item of items) {
    const last = runs[runs.length - 1];
    if (last && last[0].handler === item.handler) last.push(item);
    else runs.push([item]);
  }
  return runs;
}

/** Whether Nest registered the handler with `@OnEventBatch`'s extras. */
export function isBatchHandler(handler: { extras?: unknown }): boolean {
  return (handler.extras as { batch?: boolean } | undefined)?.batch === true;
}
