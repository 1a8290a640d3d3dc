import { serviceOf, type CloudEvent } from '@app/contracts';
import { EventContext, OnEvent } from '@app/messaging';
import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { PayablesService } from './payables.service';

type PayablesKey =
  | 'civil-registration.payables.approved.v1'
  | 'social-assistance.payables.approved.v1'
  | 'elderly-care.payables.approved.v1'
  | 'child-welfare.payables.approved.v1'
  | 'canteen.payables.approved.v1';

/** Approved lines of every programme, a chunk per event; the routing key says whose they are. */
@Controller()
export class PayablesConsumer {
  constructor(private readonly payables: PayablesService) {}

  @OnEvent(
    'civil-registration.payables.approved.v1',
    'social-assistance.payables.approved.v1',
    'elderly-care.payables.approved.v1',
    'child-welfare.payables.approved.v1',
    'canteen.payables.approved.v1',
  )
  async onPayablesApproved(@Payload() event: CloudEvent<PayablesKey>, @Ctx() ctx: EventContext): Promise<void> {
    await this.payables.applyChunk(ctx.manager, serviceOf(event.type), event.id, event.data);
  }
}
