import type { CloudEvent } from '@app/contracts';
import { EventContext, OnEvent } from '@app/messaging';
import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { ChildAllowancesService } from './child-allowances.service';

/** The child allowance starting or stopping in child-welfare (DOMAIN §5 no double payment). Events only. */
@Controller()
export class ChildAllowancesConsumer {
  constructor(private readonly childAllowances: ChildAllowancesService) {}

  @OnEvent('child-welfare.allowance.started.v1')
  async onAllowanceStarted(@Payload() event: CloudEvent<'child-welfare.allowance.started.v1'>, @Ctx() ctx: EventContext): Promise<void> {
    await this.childAllowances.allowanceStarted(ctx.manager, event.data, event.id);
  }

  @OnEvent('child-welfare.allowance.stopped.v1')
  async onAllowanceStopped(@Payload() event: CloudEvent<'child-welfare.allowance.stopped.v1'>, @Ctx() ctx: EventContext): Promise<void> {
    await this.childAllowances.allowanceStopped(ctx.manager, event.data);
  }
}
