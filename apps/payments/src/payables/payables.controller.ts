import { Roles } from '@app/common/auth/roles.decorator';
import { type Page } from '@app/common/http/page-query.dto';
import { ApiPageResponse } from '@app/common/http/page-response';
import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { PAYMENT_READERS } from '../payments-roles';
import { ApprovalListQuery, ApprovalResponse, PayableLineResponse } from './dto/payables.dto';
import { PayablesQueries } from './payables.queries';

/** What the programmes approved for payment (consumed from `<programme>.payables.approved.v1`). */
@ApiTags('approvals')
@ApiBearerAuth()
@Roles(...PAYMENT_READERS)
@Controller('api/v1')
export class PayablesController {
  constructor(private readonly queries: PayablesQueries) {}

  @Get('approvals')
  @ApiPageResponse(ApprovalResponse, 'Approvals that arrived, the newest month first, with chunks received of the count announced.')
  approvals(@Query() query: ApprovalListQuery): Promise<Page<ApprovalResponse>> {
    return this.queries.approvals(query);
  }

  @Get('approvals/:approvalId')
  @ApiOkResponse({ type: ApprovalResponse })
  approval(@Param('approvalId', ParseUUIDPipe) approvalId: string): Promise<ApprovalResponse> {
    return this.queries.approval(approvalId);
  }

  @Get('payable-lines/:lineId')
  @ApiOkResponse({ type: PayableLineResponse, description: 'Where a programme’s line stands: awaiting a batch, held, pending at the bank, paid, failed or refused.' })
  line(@Param('lineId', ParseUUIDPipe) lineId: string): Promise<PayableLineResponse> {
    return this.queries.line(lineId);
  }
}
