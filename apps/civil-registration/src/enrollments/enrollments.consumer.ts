import type { CloudEvent } from '@app/contracts';
import { EnrollmentSpellTable } from '@app/common/read-models/enrollment-spell.table';
import { EventContext, OnEvent } from '@app/messaging';
import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';

const ENROLLMENT_STATUS = new EnrollmentSpellTable('enrollment_status');

/** Keeps the local read model of 低保/特困 enrollments; the funeral benefit reads it at a death. */
@Controller()
export class EnrollmentsConsumer {
  @OnEvent('social-assistance.enrollment.started.v1')
  async onEnrollmentStarted(@Payload() event: CloudEvent<'social-assistance.enrollment.started.v1'>, @Ctx() ctx: EventContext): Promise<void> {
    const { enrollmentId, residentId, program, effectiveMonth } = event.data;
    await ENROLLMENT_STATUS.recordStart(ctx.manager, { enrollmentId, residentId, program, fromMonth: effectiveMonth });
  }

  @OnEvent('social-assistance.enrollment.stopped.v1')
  async onEnrollmentStopped(@Payload() event: CloudEvent<'social-assistance.enrollment.stopped.v1'>, @Ctx() ctx: EventContext): Promise<void> {
    await ENROLLMENT_STATUS.recordStop(ctx.manager, event.data);
  }
}
