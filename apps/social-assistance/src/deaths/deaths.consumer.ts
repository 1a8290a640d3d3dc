import { DeathNoticeTable } from '@app/common/read-models/death-notice.table';
import type { CloudEvent } from '@app/contracts';
import { EventBatchContext, OnEventBatch } from '@app/messaging';
import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { EarlyWarningsService } from '../early-warnings/early-warnings.service';
import { MonitoringService } from '../monitoring/monitoring.service';
import { DeathsService } from './deaths.service';

const DEATH_NOTICE = new DeathNoticeTable('death_notice');

/**
 * Whom a death concerns here: a living household member (their enrollments, cases, overpayments)
 * or a monitored person (the early warning, the monitoring spell). Everything the three handlers
 * below do starts from one of these rows.
 */
const CONCERNED = `EXISTS (SELECT 1 FROM household_member m WHERE m.resident_id = d.resident_id AND m.deceased_on IS NULL)
  OR EXISTS (SELECT 1 FROM monitored_person p WHERE p.resident_id = d.resident_id AND p.stop_from_month IS NULL)`;

type DeathEvent = CloudEvent<'civil-registration.death.registered.v1'>;

@Controller()
export class DeathsConsumer {
  constructor(
    private readonly deaths: DeathsService,
    private readonly warnings: EarlyWarningsService,
    private readonly monitoring: MonitoringService,
  ) {}

  /**
   * The micro-batch's notices and the look-up of whom they concern in one statement; the deaths of
   * people the service knows are then applied one by one, each as the cause of what it publishes.
   */
  @OnEventBatch('civil-registration.death.registered.v1')
  async onDeathsRegistered(@Payload() events: DeathEvent[], @Ctx() ctx: EventBatchContext<'civil-registration.death.registered.v1'>): Promise<void> {
    const concerned = await DEATH_NOTICE.recordAll(ctx.manager, events.map((e) => e.data), CONCERNED, {
      received_at: { type: 'timestamptz', values: events.map((e) => e.data.receivedAt) },
    });
    for (const event of events) {
      if (concerned.has(event.data.residentId)) await ctx.asCauseOf(event, () => this.onDeath(event, ctx));
    }
  }

  private async onDeath(event: DeathEvent, ctx: EventBatchContext<'civil-registration.death.registered.v1'>): Promise<void> {
    await this.deaths.onDeath(ctx.manager, event.data, event.id);
    // A monitored earner's death warns on the household before the person's spell ends.
    await this.warnings.onDeath(ctx.manager, event.data);
    await this.monitoring.onDeath(ctx.manager, event.data);
  }
}
