import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { Roles } from '@app/common/auth/roles.decorator';
import { SearchRead } from '@app/common/auth/search-read.decorator';
import { DECIDERS, READERS, RECORDERS } from '@app/common/auth/roles';
import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import { PersonOverpaymentsSearchDto, OverpaymentResponse, ResolveOverpaymentDto } from './dto/overpayment.dto';
import { OverpaymentsService } from './overpayments.service';

@ApiTags('overpayments')
@ApiBearerAuth()
@Controller('api/v1/overpayments')
export class OverpaymentsController {
  constructor(private readonly overpayments: OverpaymentsService) {}

  /** A person's receivables; a POST so the resident ID stays out of the URL. */
  @Post('search')
  @SearchRead()
  @HttpCode(200)
  @Roles(...READERS)
  @ApiOkResponse({ type: [OverpaymentResponse] })
  find(@Body() dto: PersonOverpaymentsSearchDto, @CurrentPrincipal() principal: Principal): Promise<OverpaymentResponse[]> {
    return this.overpayments.find(dto.residentId, principal);
  }

  @Post(':id/resolve')
  @HttpCode(200)
  @Roles(...RECORDERS)
  @ApiOkResponse({ type: OverpaymentResponse })
  @ApiResponse({ status: 403, description: 'AUTH.OUTSIDE_DIVISION' })
  @ApiResponse({ status: 409, description: 'OVERPAYMENT.NOT_OPEN' })
  resolve(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: ResolveOverpaymentDto, @CurrentPrincipal() principal: Principal): Promise<OverpaymentResponse> {
    return this.overpayments.resolve(id, dto, principal);
  }

  @Post(':id/approve-write-off')
  @HttpCode(200)
  @Roles(...DECIDERS)
  @ApiOkResponse({ type: OverpaymentResponse, description: 'WRITE_OFF_PROPOSED → WRITTEN_OFF.' })
  @ApiResponse({ status: 403, description: 'OVERPAYMENT.SAME_PERSON_APPROVAL (the proposer cannot approve), AUTH.OUTSIDE_DIVISION' })
  @ApiResponse({ status: 409, description: 'OVERPAYMENT.WRITE_OFF_NOT_PROPOSED' })
  approveWriteOff(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() principal: Principal): Promise<OverpaymentResponse> {
    return this.overpayments.approveWriteOff(id, principal);
  }
}
