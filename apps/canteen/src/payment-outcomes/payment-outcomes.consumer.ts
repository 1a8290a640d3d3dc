import { markLinesFailed, markLinesPaid } from '@app/common/payables/payment-outcomes';
import type { CloudEvent } from '@app/contracts';
import { EventContext, OnEvent } from '@app/messaging';
import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { PAYMENT_LINES } from '../settlements/settlement-payables';

/** 一卡通 outcomes of the canteens' settlement payment lines (other services' chunks are ignored); the canteen's next approved settlement re-issues FAILED ones. */
@Controller()
export class PaymentOutcomesConsumer {
  @OnEvent('payments.line.paid.v1')
  async onLinePaid(@Payload() event: CloudEvent<'payments.line.paid.v1'>, @Ctx() ctx: EventContext): Promise<void> {
    await markLinesPaid(ctx.manager, PAYMENT_LINES, event.data);
  }

  @OnEvent('payments.line.failed.v1')
  async onLineFailed(@Payload() event: CloudEvent<'payments.line.failed.v1'>, @Ctx() ctx: EventContext): Promise<void> {
    await markLinesFailed(ctx.manager, PAYMENT_LINES, event.data);
  }
}
