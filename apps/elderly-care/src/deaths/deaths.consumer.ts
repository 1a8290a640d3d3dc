import type { CloudEvent } from '@app/contracts';
import { EventBatchContext, EventContext, OnEvent, OnEventBatch } from '@app/messaging';
import { Controller, Logger } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { DeathsService } from './deaths.service';
import { OverpaymentRecoveryService } from './overpayment-recovery.service';

type DeathEvent = CloudEvent<'civil-registration.death.registered.v1'>;

/** A registered death stops allowances and subsidies; the bank's answer to the recovery of what was overpaid. Events only. */
@Controller()
export class DeathsConsumer {
  private readonly logger = new Logger(DeathsConsumer.name);

  constructor(
    private readonly deaths: DeathsService,
    private readonly recoveries: OverpaymentRecoveryService,
  ) {}

  /**
   * The micro-batch's notices and the look-up of whom they concern in one statement; the deaths of
   * people with an allowance, an order or a bed here are then applied one by one.
   */
  @OnEventBatch('civil-registration.death.registered.v1')
  async onDeathsRegistered(@Payload() events: DeathEvent[], @Ctx() ctx: EventBatchContext<'civil-registration.death.registered.v1'>): Promise<void> {
    const concerned = await this.deaths.recordNotices(ctx.manager, events.map((e) => e.data));
    for (const event of events) {
      if (concerned.has(event.data.residentId)) await ctx.asCauseOf(event, () => this.onDeath(event, ctx));
    }
  }

  private async onDeath(event: DeathEvent, ctx: EventBatchContext<'civil-registration.death.registered.v1'>): Promise<void> {
    const result = await this.deaths.deathRegistered(ctx.manager, event.data);
    if (result.stopped + result.ordersCancelled + result.discharged + result.homeCareBedsEnded > 0) {
      this.logger.log(
        `death ${event.data.deathId}: ${result.stopped} allowance(s) stopped, overpaid ${result.overpaidFen} fen, ${result.ordersCancelled} order(s) cancelled, ${result.discharged} bed(s) and ${result.homeCareBedsEnded} home care bed(s) released`,
      );
    }
  }

  @OnEvent('payments.recovery.settled.v1')
  async onRecoverySettled(@Payload() event: CloudEvent<'payments.recovery.settled.v1'>, @Ctx() ctx: EventContext): Promise<void> {
    const settled = await this.recoveries.settled(ctx.manager, event.data);
    if (settled > 0) this.logger.log(`recovery batch ${event.data.batchId}: ${settled} overpayment recovery(ies) settled`);
  }
}
