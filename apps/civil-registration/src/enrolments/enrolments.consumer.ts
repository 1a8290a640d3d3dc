import type { CloudEvent } from '@app/contracts';
import { EventContext, OnEvent } from '@app/messaging';
import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';

/**
 * Keeps the local read model of 低保/特困 enrolments. Start and stop write different columns of
 * the same row, so the result is the same whichever event arrives first.
 */
@Controller()
export class EnrolmentsConsumer {
  @OnEvent('social-assistance.enrollment.started.v1')
  async onStarted(@Payload() event: CloudEvent<'social-assistance.enrollment.started.v1'>, @Ctx() ctx: EventContext): Promise<void> {
    const { enrollmentId, residentId, program, effectiveMonth } = event.data;
    await ctx.manager.query(
      `INSERT INTO enrolment_status (enrollment_id, resident_id, program, start_month) VALUES ($1, $2, $3, $4)
       ON CONFLICT (enrollment_id) DO UPDATE SET start_month = EXCLUDED.start_month`,
      [enrollmentId, residentId.toUpperCase(), program, effectiveMonth],
    );
  }

  @OnEvent('social-assistance.enrollment.stopped.v1')
  async onStopped(@Payload() event: CloudEvent<'social-assistance.enrollment.stopped.v1'>, @Ctx() ctx: EventContext): Promise<void> {
    const { enrollmentId, residentId, program, stopFromMonth } = event.data;
    await ctx.manager.query(
      `INSERT INTO enrolment_status (enrollment_id, resident_id, program, stop_from_month) VALUES ($1, $2, $3, $4)
       ON CONFLICT (enrollment_id) DO UPDATE SET stop_from_month = EXCLUDED.stop_from_month`,
      [enrollmentId, residentId.toUpperCase(), program, stopFromMonth],
    );
  }
}
