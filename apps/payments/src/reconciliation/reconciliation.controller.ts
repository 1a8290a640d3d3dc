import { Roles } from '@app/common/auth/roles.decorator';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { PAYMENT_READERS } from '../payments-roles';
import { ReconciliationQuery, ReconciliationResponse } from './reconciliation.dto';
import { ReconciliationService } from './reconciliation.service';

@ApiTags('reconciliation')
@ApiBearerAuth()
@Controller('api/v1/reconciliation')
export class ReconciliationController {
  constructor(private readonly reconciliation: ReconciliationService) {}

  /** Per programme: approved = paid + failed + pending + held + awaiting + refused, with the lines that are not paid. */
  @Get()
  @Roles(...PAYMENT_READERS)
  @ApiOkResponse({ type: ReconciliationResponse })
  month(@Query() query: ReconciliationQuery): Promise<ReconciliationResponse> {
    return this.reconciliation.month(query.month, query.limit);
  }
}
