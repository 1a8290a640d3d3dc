import type { CloudEvent } from '@app/contracts';
import { EnrollmentSpellTable } from '@app/common/read-models/enrollment-spell.table';
import { EventContext, OnEvent } from '@app/messaging';
import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';

const ASSISTANCE_ENROLLMENT = new EnrollmentSpellTable('assistance_enrollment');

/** Keeps the 低保/特困 read model the payroll checks for double payment. Events only. */
@Controller()
export class AllowancesConsumer {
  @OnEvent('social-assistance.enrollment.started.v1')
  async onEnrollmentStarted(@Payload() event: CloudEvent<'social-assistance.enrollment.started.v1'>, @Ctx() ctx: EventContext): Promise<void> {
    const { enrollmentId, residentId, program, effectiveMonth } = event.data;
    await ASSISTANCE_ENROLLMENT.recordStart(ctx.manager, { enrollmentId, residentId, program, fromMonth: effectiveMonth });
  }

  @OnEvent('social-assistance.enrollment.stopped.v1')
  async onEnrollmentStopped(@Payload() event: CloudEvent<'social-assistance.enrollment.stopped.v1'>, @Ctx() ctx: EventContext): Promise<void> {
    await ASSISTANCE_ENROLLMENT.recordStop(ctx.manager, event.data);
  }
}
