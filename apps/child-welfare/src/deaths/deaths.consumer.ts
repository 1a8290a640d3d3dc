import type { CloudEvent } from '@app/contracts';
import { EventContext, OnEvent } from '@app/messaging';
import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { DeathsService } from './deaths.service';

/** A death may be a child's own or that of a parent or guardian. Events only. */
@Controller()
export class DeathsConsumer {
  constructor(private readonly deaths: DeathsService) {}

  @OnEvent('civil-registration.death.registered.v1')
  async onDeathRegistered(@Payload() event: CloudEvent<'civil-registration.death.registered.v1'>, @Ctx() ctx: EventContext): Promise<void> {
    await this.deaths.closeCaseOfChild(ctx, event);
    await this.deaths.guardianDied(ctx, event);
  }
}
