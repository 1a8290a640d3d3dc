import type { CloudEvent } from '@app/contracts';
import { EnrollmentSpellTable } from '@app/common/read-models/enrollment-spell.table';
import { EventContext, OnEvent } from '@app/messaging';
import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';

const COVERED = new EnrollmentSpellTable('covered_person');

/**
 * Keeps the register of who the platform covers from the programmes' own events: a department's
 * record is matched only against these people. Programme codes: DIBAO, TEKUN, ELDERLY, CHILD,
 * MONITORED (see AUDIENCE in data-set-catalogue.ts).
 */
@Controller()
export class CoveredPeopleConsumer {
  @OnEvent('social-assistance.enrollment.started.v1')
  async onEnrollmentStarted(@Payload() event: CloudEvent<'social-assistance.enrollment.started.v1'>, @Ctx() ctx: EventContext): Promise<void> {
    const { enrollmentId, residentId, program, effectiveMonth } = event.data;
    await COVERED.recordStart(ctx.manager, { enrollmentId, residentId, program, fromMonth: effectiveMonth });
  }

  @OnEvent('social-assistance.enrollment.stopped.v1')
  async onEnrollmentStopped(@Payload() event: CloudEvent<'social-assistance.enrollment.stopped.v1'>, @Ctx() ctx: EventContext): Promise<void> {
    const { enrollmentId, residentId, program, stopFromMonth } = event.data;
    await COVERED.recordStop(ctx.manager, { enrollmentId, residentId, program, stopFromMonth });
  }

  @OnEvent('elderly-care.allowance.started.v1')
  async onAllowanceStarted(@Payload() event: CloudEvent<'elderly-care.allowance.started.v1'>, @Ctx() ctx: EventContext): Promise<void> {
    const { allowanceId, residentId, fromMonth } = event.data;
    await COVERED.recordStart(ctx.manager, { enrollmentId: allowanceId, residentId, program: 'ELDERLY', fromMonth });
  }

  @OnEvent('elderly-care.allowance.stopped.v1')
  async onAllowanceStopped(@Payload() event: CloudEvent<'elderly-care.allowance.stopped.v1'>, @Ctx() ctx: EventContext): Promise<void> {
    const { allowanceId, residentId, stopFromMonth } = event.data;
    await COVERED.recordStop(ctx.manager, { enrollmentId: allowanceId, residentId, program: 'ELDERLY', stopFromMonth });
  }

  @OnEvent('child-welfare.allowance.started.v1')
  async onChildAllowanceStarted(@Payload() event: CloudEvent<'child-welfare.allowance.started.v1'>, @Ctx() ctx: EventContext): Promise<void> {
    const { childId, residentId, fromMonth } = event.data;
    await COVERED.recordStart(ctx.manager, { enrollmentId: childId, residentId, program: 'CHILD', fromMonth });
  }

  @OnEvent('child-welfare.allowance.stopped.v1')
  async onChildAllowanceStopped(@Payload() event: CloudEvent<'child-welfare.allowance.stopped.v1'>, @Ctx() ctx: EventContext): Promise<void> {
    const { childId, residentId, stopFromMonth } = event.data;
    await COVERED.recordStop(ctx.manager, { enrollmentId: childId, residentId, program: 'CHILD', stopFromMonth });
  }

  @OnEvent('social-assistance.monitoring.started.v1')
  async onMonitoringStarted(@Payload() event: CloudEvent<'social-assistance.monitoring.started.v1'>, @Ctx() ctx: EventContext): Promise<void> {
    const { monitoringId, residentId, fromMonth } = event.data;
    await COVERED.recordStart(ctx.manager, { enrollmentId: monitoringId, residentId, program: 'MONITORED', fromMonth });
  }

  @OnEvent('social-assistance.monitoring.ended.v1')
  async onMonitoringEnded(@Payload() event: CloudEvent<'social-assistance.monitoring.ended.v1'>, @Ctx() ctx: EventContext): Promise<void> {
    const { monitoringId, residentId, stopFromMonth } = event.data;
    await COVERED.recordStop(ctx.manager, { enrollmentId: monitoringId, residentId, program: 'MONITORED', stopFromMonth });
  }
}
