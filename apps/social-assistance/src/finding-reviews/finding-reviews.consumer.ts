import type { CloudEvent } from '@app/contracts';
import { EventContext, OnEvent } from '@app/messaging';
import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { MonitoringService } from '../monitoring/monitoring.service';
import { FindingsIntake } from './findings-intake';

/** Other departments' data (数据比对), a chunk per event: reviews on covered people's cases, warnings on monitored households, monitoring ended by a move. */
@Controller()
export class FindingReviewsConsumer {
  constructor(
    private readonly intake: FindingsIntake,
    private readonly monitoring: MonitoringService,
  ) {}

  @OnEvent('data-exchange.findings.raised.v1')
  async onFindingsRaised(@Payload() event: CloudEvent<'data-exchange.findings.raised.v1'>, @Ctx() ctx: EventContext): Promise<void> {
    await this.intake.findings(ctx.manager, event.data, event.id);
  }

  @OnEvent('data-exchange.moves.matched.v1')
  async onMovesMatched(@Payload() event: CloudEvent<'data-exchange.moves.matched.v1'>, @Ctx() ctx: EventContext): Promise<void> {
    await this.intake.moves(ctx.manager, event.data, event.id);
    await this.monitoring.onMovedAway(ctx.manager, event.data.moves);
  }
}
