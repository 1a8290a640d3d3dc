import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { READERS, RECORDERS } from '@app/common/auth/roles';
import { Roles } from '@app/common/auth/roles.decorator';
import { NoPersonalData } from '@app/common/privacy/no-personal-data.decorator';
import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import { FundingDto, RecordFundingDto } from './dto/funding.dto';
import { FundingService } from './funding.service';

/** Funding records hold no person: sources are funds and organisations. */
@ApiTags('canteen-funding')
@ApiBearerAuth()
@NoPersonalData()
@Controller('api/v1/canteens/:id/funding')
export class FundingController {
  constructor(private readonly funding: FundingService) {}

  /** Records a build subsidy, an operating subsidy or social capital received for the canteen. */
  @Post()
  @Roles(...RECORDERS)
  @ApiResponse({ status: 422, description: 'FUNDING.SOURCE_REQUIRED, FUNDING.CREDIT_CODE_INVALID, FUNDING.DATE_INVALID, FUNDING.AMOUNT_INVALID (the field at fault in `errors`); nothing is stored' })
  @ApiResponse({ status: 403, description: 'AUTH.OUTSIDE_DIVISION: the canteen lies outside the caller’s division' })
  record(@Param('id', ParseUUIDPipe) id: string, @Body() dto: RecordFundingDto, @CurrentPrincipal() principal: Principal): Promise<FundingDto> {
    return this.funding.record(id, dto, principal);
  }

  @Get()
  @Roles(...READERS)
  @ApiOkResponse({ type: FundingDto, isArray: true })
  list(@Param('id', ParseUUIDPipe) id: string, @CurrentPrincipal() principal: Principal): Promise<FundingDto[]> {
    return this.funding.list(id, principal);
  }
}
