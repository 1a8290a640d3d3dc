import type { CloudEvent } from '@app/contracts';
import { EventContext, OnEvent } from '@app/messaging';
import { Controller, Logger } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { DeathsService } from './deaths.service';

/** 户籍注销 matched by data-exchange: each death is recorded as a reported death, a chunk in one transaction. */
@Controller()
export class DeathsConsumer {
  private readonly logger = new Logger(DeathsConsumer.name);

  constructor(private readonly deaths: DeathsService) {}

  @OnEvent('data-exchange.deaths.matched.v1')
  async onDeathsMatched(@Payload() event: CloudEvent<'data-exchange.deaths.matched.v1'>, @Ctx() ctx: EventContext): Promise<void> {
    const applied = await this.deaths.recordMatched(ctx.manager, event.data);
    const { importId, chunk } = event.data;
    this.logger.log(
      `import ${importId} chunk ${chunk.index + 1}/${chunk.count}: ${applied.created} death(s) recorded, ${applied.same} already recorded, ${applied.conflicts} with another date (kept for review), ${applied.refused} refused`,
    );
  }
}
