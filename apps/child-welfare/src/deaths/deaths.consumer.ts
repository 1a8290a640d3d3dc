import type { CloudEvent } from '@app/contracts';
import { EventBatchContext, OnEventBatch } from '@app/messaging';
import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { DeathsService } from './deaths.service';

type DeathEvent = CloudEvent<'civil-registration.death.registered.v1'>;

/** A death may be a child's own or that of a parent or guardian. Events only. */
@Controller()
export class DeathsConsumer {
  constructor(private readonly deaths: DeathsService) {}

  /** One look-up for the micro-batch finds whom it concerns; only those deaths are applied, one by one. */
  @OnEventBatch('civil-registration.death.registered.v1')
  async onDeathsRegistered(@Payload() events: DeathEvent[], @Ctx() ctx: EventBatchContext<'civil-registration.death.registered.v1'>): Promise<void> {
    const concerned = await this.deaths.concerned(ctx.manager, events.map((e) => e.data.residentId));
    for (const event of events) {
      if (!concerned.has(event.data.residentId)) continue;
      await ctx.asCauseOf(event, async () => {
        await this.deaths.closeCaseOfChild(ctx.manager, event);
        await this.deaths.guardianDied(ctx.manager, event);
      });
    }
  }
}
