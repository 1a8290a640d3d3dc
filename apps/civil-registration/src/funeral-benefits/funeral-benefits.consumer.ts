import type { CloudEvent } from '@app/contracts';
import { EventContext, OnEvent } from '@app/messaging';
import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { FuneralBenefitsService } from './funeral-benefits.service';

/** 惠民殡葬: every recorded death (this service's own event) gets its funeral benefit. */
@Controller()
export class FuneralBenefitsConsumer {
  constructor(private readonly benefits: FuneralBenefitsService) {}

  @OnEvent('civil-registration.death.registered.v1')
  async onDeathRegistered(@Payload() event: CloudEvent<'civil-registration.death.registered.v1'>, @Ctx() ctx: EventContext): Promise<void> {
    await this.benefits.grantForDeath(event.data, ctx);
  }
}
