import { serviceOf, type CloudEvent } from '@app/contracts';
import { EventContext, OnEvent } from '@app/messaging';
import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { RecoveriesService } from './recoveries.service';

/** Approved recoveries of the programmes, one request per event; the routing key says whose. */
@Controller()
export class RecoveriesConsumer {
  constructor(private readonly recoveries: RecoveriesService) {}

  @OnEvent('elderly-care.recovery.requested.v1')
  async onRecoveryRequested(@Payload() event: CloudEvent<'elderly-care.recovery.requested.v1'>, @Ctx() ctx: EventContext): Promise<void> {
    await this.recoveries.take(ctx.manager, serviceOf(event.type), event.id, event.data);
  }
}
