import type { CloudEvent } from '@app/contracts';
import { EventContext, OnEvent } from '@app/messaging';
import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { ServiceSubsidyService } from './service-subsidy.service';

/** 低保/特困 enrollments start and stop the service subsidy of people aged 80+. Events only. */
@Controller()
export class ServiceSubsidyConsumer {
  constructor(private readonly subsidies: ServiceSubsidyService) {}

  @OnEvent('social-assistance.enrollment.started.v1')
  async onEnrollmentStarted(@Payload() event: CloudEvent<'social-assistance.enrollment.started.v1'>, @Ctx() ctx: EventContext): Promise<void> {
    await this.subsidies.enrollmentStarted(ctx.manager, event.data);
  }

  @OnEvent('social-assistance.enrollment.stopped.v1')
  async onEnrollmentStopped(@Payload() event: CloudEvent<'social-assistance.enrollment.stopped.v1'>, @Ctx() ctx: EventContext): Promise<void> {
    await this.subsidies.enrollmentStopped(ctx.manager, event.data);
  }
}
