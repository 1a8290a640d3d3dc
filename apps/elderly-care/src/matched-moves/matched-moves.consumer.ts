import type { CloudEvent } from '@app/contracts';
import { EventContext, OnEvent } from '@app/messaging';
import { Controller, Logger } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { MatchedMovesService } from './matched-moves.service';

/** 户籍迁出 matched by data-exchange stop the high-age allowance and service subsidy (MOVED_AWAY). Events only. */
@Controller()
export class MatchedMovesConsumer {
  private readonly logger = new Logger(MatchedMovesConsumer.name);

  constructor(private readonly moves: MatchedMovesService) {}

  @OnEvent('data-exchange.moves.matched.v1')
  async onMovesMatched(@Payload() event: CloudEvent<'data-exchange.moves.matched.v1'>, @Ctx() ctx: EventContext): Promise<void> {
    const a = await this.moves.apply(ctx.manager, event.data);
    const { importId, chunk } = event.data;
    this.logger.log(
      `import ${importId} chunk ${chunk.index + 1}/${chunk.count}: ${a.recorded} move(s) recorded (${a.allowancesStopped} allowance(s) stopped, overpaid ${a.overpaidFen} fen), ${a.alreadyRecorded} already recorded, ${a.unknown} not known here, ${a.refused} with a date refused`,
    );
  }
}
