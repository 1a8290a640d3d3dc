import type { CloudEvent } from '@app/contracts';
import { EventContext, OnEvent } from '@app/messaging';
import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type { Emit } from '../enrolments/enrolment-events';
import { DeathsService } from './deaths.service';

@Controller()
export class DeathsConsumer {
  constructor(private readonly deaths: DeathsService) {}

  @OnEvent('civil-registration.death.registered.v1')
  async onDeath(@Payload() event: CloudEvent<'civil-registration.death.registered.v1'>, @Ctx() ctx: EventContext): Promise<void> {
    const emit: Emit = (type, data, subject) => ctx.publish(type, data, { subject });
    await this.deaths.onDeath(ctx.manager, emit, event.data, event.id);
  }
}
