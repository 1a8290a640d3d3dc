import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { Roles } from '@app/common/auth/roles.decorator';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import { OverpaymentQuery, OverpaymentResponse, ResolveOverpaymentDto } from './dto/overpayment.dto';
import { OverpaymentsService } from './overpayments.service';

@ApiTags('overpayments')
@ApiBearerAuth()
@Controller('api/v1/overpayments')
export class OverpaymentsController {
  constructor(private readonly overpayments: OverpaymentsService) {}

  @Get()
  @ApiOkResponse({ type: [OverpaymentResponse] })
  find(@Query() query: OverpaymentQuery): Promise<OverpaymentResponse[]> {
    return this.overpayments.find(query.residentId);
  }

  @Post(':id/resolution')
  @HttpCode(200)
  @Roles('operator', 'admin')
  @ApiOkResponse({ type: OverpaymentResponse })
  @ApiResponse({ status: 403, description: 'OVERPAYMENT.APPROVAL_REQUIRED (write-off without admin)' })
  @ApiResponse({ status: 409, description: 'OVERPAYMENT.NOT_OPEN' })
  resolve(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: ResolveOverpaymentDto, @CurrentPrincipal() principal: Principal): Promise<OverpaymentResponse> {
    return this.overpayments.resolve(id, dto, principal);
  }
}
