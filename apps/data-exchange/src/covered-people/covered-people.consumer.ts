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

  /** The high-age allowance or service subsidy (ELDERLY), or a child's allowance (CHILD). */
  @OnEvent('elderly-care.allowance.started.v1', 'child-welfare.allowance.started.v1')
  async onAllowanceStarted(
    @Payload() event: CloudEvent<'elderly-care.allowance.started.v1' | 'child-welfare.allowance.started.v1'>,
    @Ctx() ctx: EventContext,
  ): Promise<void> {
    const { residentId, fromMonth } = event.data;
    const spell = 'childId' in event.data ? { enrollmentId: event.data.childId, program: 'CHILD' } : { enrollmentId: event.data.allowanceId, program: 'ELDERLY' };
    await COVERED.recordStart(ctx.manager, { ...spell, residentId, fromMonth });
  }

  @OnEvent('elderly-care.allowance.stopped.v1', 'child-welfare.allowance.stopped.v1')
  async onAllowanceStopped(
    @Payload() event: CloudEvent<'elderly-care.allowance.stopped.v1' | 'child-welfare.allowance.stopped.v1'>,
    @Ctx() ctx: EventContext,
  ): Promise<void> {
    const { residentId, stopFromMonth } = event.data;
    const spell = 'childId' in event.data ? { enrollmentId: event.data.childId, program: 'CHILD' } : { enrollmentId: event.data.allowanceId, program: 'ELDERLY' };
    await COVERED.recordStop(ctx.manager, { ...spell, residentId, stopFromMonth });
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
