import { markLinesFailed, markLinesPaid } from '@app/common/payables/payment-outcomes';
import type { CloudEvent } from '@app/contracts';
import { EventContext, OnEvent } from '@app/messaging';
import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { SETTLEMENT_PAYMENT_LINES } from '../home-care/settlement-payables';
import { PAYMENT_LINES } from '../payroll/payroll-payables';

/** The service's two kinds of 一卡通 lines: allowance payroll lines and home care settlement lines (ids never collide). */
const LINE_TABLES = [PAYMENT_LINES, SETTLEMENT_PAYMENT_LINES];

/** 一卡通 outcomes of this service's payment lines (other services' chunks are ignored); the next payroll run, or the provider's next approved settlement, re-issues FAILED ones. */
@Controller()
export class PaymentOutcomesConsumer {
  @OnEvent('payments.line.paid.v1')
  async onLinePaid(@Payload() event: CloudEvent<'payments.line.paid.v1'>, @Ctx() ctx: EventContext): Promise<void> {
    for (const lines of LINE_TABLES) await markLinesPaid(ctx.manager, lines, event.data);
  }

  @OnEvent('payments.line.failed.v1')
  async onLineFailed(@Payload() event: CloudEvent<'payments.line.failed.v1'>, @Ctx() ctx: EventContext): Promise<void> {
    for (const lines of LINE_TABLES) await markLinesFailed(ctx.manager, lines, event.data);
  }
}
