import type { CloudEvent } from '@app/contracts';
import { EventBatchContext, OnEventBatch } from '@app/messaging';
import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { FuneralBenefitsService } from './funeral-benefits.service';

/** 惠民殡葬: every recorded death (this service's own event) gets its funeral benefit; a micro-batch's in three statements. */
@Controller()
export class FuneralBenefitsConsumer {
  constructor(private readonly benefits: FuneralBenefitsService) {}

  @OnEventBatch('civil-registration.death.registered.v1')
  async onDeathsRegistered(
    @Payload() events: Array<CloudEvent<'civil-registration.death.registered.v1'>>,
    @Ctx() ctx: EventBatchContext<'civil-registration.death.registered.v1'>,
  ): Promise<void> {
    await this.benefits.grantForDeaths(events, ctx);
  }
}
