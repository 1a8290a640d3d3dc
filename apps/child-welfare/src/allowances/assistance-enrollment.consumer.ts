import type { CloudEvent } from '@app/contracts';
import { EventContext, OnEvent } from '@app/messaging';
import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { AllowancesService } from './allowances.service';

/** Keeps the 低保/特困 read model the payroll checks for double payment. Events only. */
@Controller()
export class AssistanceEnrollmentConsumer {
  constructor(private readonly allowances: AllowancesService) {}

  @OnEvent('social-assistance.enrollment.started.v1')
  async onStarted(@Payload() event: CloudEvent<'social-assistance.enrollment.started.v1'>, @Ctx() ctx: EventContext): Promise<void> {
    await this.allowances.enrollmentStarted(ctx.manager, event.data);
  }

  @OnEvent('social-assistance.enrollment.stopped.v1')
  async onStopped(@Payload() event: CloudEvent<'social-assistance.enrollment.stopped.v1'>, @Ctx() ctx: EventContext): Promise<void> {
    await this.allowances.enrollmentStopped(ctx.manager, event.data);
  }
}
