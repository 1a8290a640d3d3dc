import { markLinesFailed, markLinesPaid } from '@app/common/payables/payment-outcomes';
import type { CloudEvent } from '@app/contracts';
import { EventContext, OnEvent } from '@app/messaging';
import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { PAYMENT_LINES } from '../funeral-benefits/funeral-benefit-payables';
import { FuneralBenefitPaymentsService } from '../funeral-benefits/funeral-benefit-payments.service';

/** 一卡通 outcomes of funeral benefit payments (other services' chunks are ignored); a FAILED line is re-issued once, at once. */
@Controller()
export class PaymentOutcomesConsumer {
  constructor(private readonly payments: FuneralBenefitPaymentsService) {}

  @OnEvent('payments.line.paid.v1')
  async onLinePaid(@Payload() event: CloudEvent<'payments.line.paid.v1'>, @Ctx() ctx: EventContext): Promise<void> {
    await markLinesPaid(ctx.manager, PAYMENT_LINES, event.data);
  }

  @OnEvent('payments.line.failed.v1')
  async onLineFailed(@Payload() event: CloudEvent<'payments.line.failed.v1'>, @Ctx() ctx: EventContext): Promise<void> {
    await markLinesFailed(ctx.manager, PAYMENT_LINES, event.data);
    await this.payments.onLinesFailed(ctx.manager, event.data);
  }
}
