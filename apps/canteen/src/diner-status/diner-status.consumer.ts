import { EnrollmentSpellTable } from '@app/common/read-models/enrollment-spell.table';
import type { CloudEvent } from '@app/contracts';
import { EventBatchContext, EventContext, OnEvent, OnEventBatch } from '@app/messaging';
import { Controller, Logger } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { DinerStatusService } from './diner-status.service';
import { firstDayOf } from './rules/assistance-coverage.rule';

const ASSISTANCE_ENROLLMENT = new EnrollmentSpellTable('assistance_enrollment');

/** Keeps the read model of 低保/特困 coverage and deaths; reacts to a death. Events only. */
@Controller()
export class DinerStatusConsumer {
  private readonly logger = new Logger(DinerStatusConsumer.name);

  constructor(private readonly status: DinerStatusService) {}

  @OnEvent('social-assistance.enrollment.started.v1')
  async onEnrollmentStarted(@Payload() event: CloudEvent<'social-assistance.enrollment.started.v1'>, @Ctx() ctx: EventContext): Promise<void> {
    const { enrollmentId, residentId, program, effectiveMonth } = event.data;
    await ASSISTANCE_ENROLLMENT.recordStart(ctx.manager, { enrollmentId, residentId, program, fromMonth: effectiveMonth });
    await this.status.repriceFrom(ctx.manager, event.data.residentId, firstDayOf(event.data.effectiveMonth));
  }

  @OnEvent('social-assistance.enrollment.stopped.v1')
  async onEnrollmentStopped(@Payload() event: CloudEvent<'social-assistance.enrollment.stopped.v1'>, @Ctx() ctx: EventContext): Promise<void> {
    await ASSISTANCE_ENROLLMENT.recordStop(ctx.manager, event.data);
    await this.status.repriceFrom(ctx.manager, event.data.residentId, firstDayOf(event.data.stopFromMonth));
  }

  /** The micro-batch's deaths recorded and looked up in one statement; diners among them are then deactivated one by one. */
  @OnEventBatch('civil-registration.death.registered.v1')
  async onDeathsRegistered(
    @Payload() events: Array<CloudEvent<'civil-registration.death.registered.v1'>>,
    @Ctx() ctx: EventBatchContext<'civil-registration.death.registered.v1'>,
  ): Promise<void> {
    const concerned = await this.status.recordDeaths(ctx.manager, events.map((e) => e.data));
    for (const event of events) {
      if (!concerned.has(event.data.residentId)) continue;
      await ctx.asCauseOf(event, async () => {
        const voided = await this.status.deathRegistered(ctx.manager, event.data);
        if (voided > 0) this.logger.log(`death ${event.data.deathId}: voided ${voided} subsidised meal(s) dated after the death`);
      });
    }
  }
}
