import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { READERS, RECORDERS } from '@app/common/auth/roles';
import { Roles } from '@app/common/auth/roles.decorator';
import type { Page } from '@app/common/http/page-query.dto';
import { ApiPageResponse } from '@app/common/http/page-response';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import { EarlyWarningResponse, FollowUpDto, WarningListQuery } from './dto/early-warning.dto';
import { EarlyWarningFollowUpService } from './early-warning-follow-up.service';

@ApiTags('early warnings (预警)')
@ApiBearerAuth()
@Controller('api/v1/early-warnings')
export class EarlyWarningsController {
  constructor(private readonly followUps: EarlyWarningFollowUpService) {}

  @Get()
  @Roles(...READERS)
  @ApiPageResponse(EarlyWarningResponse, 'Early warnings on monitored households for follow-up (预警跟进), the oldest first.')
  list(@Query() query: WarningListQuery, @CurrentPrincipal() principal: Principal): Promise<Page<EarlyWarningResponse>> {
    return this.followUps.list(query, principal);
  }

  @Get(':id')
  @Roles(...READERS)
  @ApiOkResponse({ type: EarlyWarningResponse })
  @ApiResponse({ status: 404, description: 'EARLY_WARNING.NOT_FOUND' })
  get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() principal: Principal): Promise<EarlyWarningResponse> {
    return this.followUps.get(id, principal);
  }

  @Post(':id/follow-up')
  @HttpCode(200)
  @Roles(...RECORDERS)
  @ApiOkResponse({ type: EarlyWarningResponse, description: 'The outcome, recorded once: 临时救助, 纳入低保 or 无需救助 with the reason.' })
  @ApiResponse({ status: 409, description: 'EARLY_WARNING.ALREADY_FOLLOWED_UP' })
  @ApiResponse({ status: 422, description: 'EARLY_WARNING.RELIEF_NOT_OF_HOUSEHOLD (reliefId), EARLY_WARNING.CASE_NOT_OF_HOUSEHOLD (dibaoCaseId)' })
  followUp(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: FollowUpDto, @CurrentPrincipal() principal: Principal): Promise<EarlyWarningResponse> {
    return this.followUps.followUp(id, dto, principal);
  }
}
