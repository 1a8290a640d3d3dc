// Compile-time tests of @OnEvent, checked by `npm run typecheck`; jest does not run this file.
// Each `@ts-expect-error` line MUST be a type error, or tsc reports the unused directive.
import type { CloudEvent } from '@app/contracts';
import type { EventContext } from './event-context';
import type { EventBatchContext } from './event-batch-context';
import { OnEvent, OnEventBatch } from './on-event.decorator';

export class TypedConsumers {
  @OnEvent('civil-registration.death.registered.v1')
  async onDeath(event: CloudEvent<'civil-registration.death.registered.v1'>, ctx: EventContext): Promise<void> {
    void event.data.dateOfDeath;
    void ctx;
  }

  // @ts-expect-error a routing key that is not in the EventMap (a typo) does not compile
  @OnEvent('civil-registration.death.registred.v1')
  async onTypo(event: CloudEvent, ctx: EventContext): Promise<void> {
    void event;
    void ctx;
  }

  // @ts-expect-error the handler's payload must be the envelope of the key it handles
  @OnEvent('canteen.settlement.approved.v1')
  async onWrongPayload(event: CloudEvent<'civil-registration.death.registered.v1'>, ctx: EventContext): Promise<void> {
    void event;
    void ctx;
  }
}

export class ConsumersOfOneContract {
  @OnEvent('social-assistance.payables.approved.v1', 'canteen.payables.approved.v1')
  async onPayablesApproved(event: CloudEvent<'social-assistance.payables.approved.v1' | 'canteen.payables.approved.v1'>, ctx: EventContext): Promise<void> {
    void event.data.lines;
    void ctx;
  }

  // @ts-expect-error with several keys, the handler must accept the envelope of each of them
  @OnEvent('social-assistance.payables.approved.v1', 'civil-registration.death.registered.v1')
  async onMixed(event: CloudEvent<'social-assistance.payables.approved.v1'>, ctx: EventContext): Promise<void> {
    void event;
    void ctx;
  }

  // @ts-expect-error at least one key
  @OnEvent()
  async onNothing(event: CloudEvent, ctx: EventContext): Promise<void> {
    void event;
    void ctx;
  }
}

export class BatchConsumers {
  @OnEventBatch('civil-registration.death.registered.v1')
  async onDeaths(events: Array<CloudEvent<'civil-registration.death.registered.v1'>>, ctx: EventBatchContext<'civil-registration.death.registered.v1'>): Promise<void> {
    void events.map((e) => e.data.dateOfDeath);
    void ctx.manager;
  }

  // @ts-expect-error a batch handler takes the array of events, not one
  @OnEventBatch('civil-registration.death.registered.v1')
  async onOne(event: CloudEvent<'civil-registration.death.registered.v1'>, ctx: EventBatchContext<'civil-registration.death.registered.v1'>): Promise<void> {
    void event;
    void ctx;
  }
}
