import type { CloudEvent } from '@app/contracts';
import { EventContext, OnEvent } from '@app/messaging';
import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { EarlyWarningsService } from '../early-warnings/early-warnings.service';
import { MonitoringService } from '../monitoring/monitoring.service';
import { DeathsService } from './deaths.service';

@Controller()
export class DeathsConsumer {
  constructor(
    private readonly deaths: DeathsService,
    private readonly warnings: EarlyWarningsService,
    private readonly monitoring: MonitoringService,
  ) {}

  @OnEvent('civil-registration.death.registered.v1')
  async onDeathRegistered(@Payload() event: CloudEvent<'civil-registration.death.registered.v1'>, @Ctx() ctx: EventContext): Promise<void> {
    await this.deaths.onDeath(ctx.manager, event.data, event.id);
    // A monitored earner's death warns on the household before the person's spell ends.
    await this.warnings.onDeath(ctx.manager, event.data);
    await this.monitoring.onDeath(ctx.manager, event.data);
  }
}
