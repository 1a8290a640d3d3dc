import { markLinesFailed, markLinesPaid } from '@app/common/payables/payment-outcomes';
import type { CloudEvent } from '@app/contracts';
import { EventContext, OnEvent } from '@app/messaging';
import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { CASH_PLUS_PAYMENT_LINES } from '../cash-plus-services/cash-plus-settlement-payables';
import { PAYMENT_LINES } from '../payroll/payroll-payables';

/**
 * 一卡通 outcomes of this service's payment lines (other services' chunks are ignored): the
 * payroll's, re-issued by the next payroll when FAILED, and the "物质+服务" settlements', re-issued
 * by the provider's next approved settlement. A line id is in one table only.
 */
@Controller()
export class PaymentOutcomesConsumer {
  @OnEvent('payments.line.paid.v1')
  async onLinePaid(@Payload() event: CloudEvent<'payments.line.paid.v1'>, @Ctx() ctx: EventContext): Promise<void> {
    await markLinesPaid(ctx.manager, PAYMENT_LINES, event.data);
    await markLinesPaid(ctx.manager, CASH_PLUS_PAYMENT_LINES, event.data);
  }

  @OnEvent('payments.line.failed.v1')
  async onLineFailed(@Payload() event: CloudEvent<'payments.line.failed.v1'>, @Ctx() ctx: EventContext): Promise<void> {
    await markLinesFailed(ctx.manager, PAYMENT_LINES, event.data);
    await markLinesFailed(ctx.manager, CASH_PLUS_PAYMENT_LINES, event.data);
  }
}
