import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { READERS, RECORDERS } from '@app/common/auth/roles';
import { Roles } from '@app/common/auth/roles.decorator';
import { NoPersonalData } from '@app/common/privacy/no-personal-data.decorator';
import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiResponse, ApiTags } from '@nestjs/swagger';
import { FundingDto, RecordFundingDto } from './dto/funding.dto';
import { FundingService } from './funding.service';
import { PageQuery, type Page } from '@app/common/http/page-query.dto';
import { ApiPageResponse } from '@app/common/http/page-response';

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
  @ApiPageResponse(FundingDto, 'The canteen’s funding, the earliest first.')
  list(@Param('id', ParseUUIDPipe) id: string, @Query() query: PageQuery, @CurrentPrincipal() principal: Principal): Promise<Page<FundingDto>> {
    return this.funding.list(id, query, principal);
  }
}
