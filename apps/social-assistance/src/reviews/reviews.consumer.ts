import type { CloudEvent } from '@app/contracts';
import { EventContext, OnEvent } from '@app/messaging';
import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { ReviewsService } from './reviews.service';

/** A marriage or divorce changes who lives together: the 低保 households concerned get a review due. */
@Controller()
export class ReviewsConsumer {
  constructor(private readonly reviews: ReviewsService) {}

  @OnEvent('civil-registration.marriage.registered.v1')
  async onMarriageRegistered(@Payload() event: CloudEvent<'civil-registration.marriage.registered.v1'>, @Ctx() ctx: EventContext): Promise<void> {
    await this.reviews.lifeEvent(ctx.manager, event.data.partyResidentIds, event.data.registeredOn, 'dibao.review-due.marriage');
  }

  @OnEvent('civil-registration.divorce.registered.v1')
  async onDivorceRegistered(@Payload() event: CloudEvent<'civil-registration.divorce.registered.v1'>, @Ctx() ctx: EventContext): Promise<void> {
    await this.reviews.lifeEvent(ctx.manager, event.data.partyResidentIds, event.data.registeredOn, 'dibao.review-due.divorce');
  }
}
