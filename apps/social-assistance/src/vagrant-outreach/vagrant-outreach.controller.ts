import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { READERS, RECORDERS } from '@app/common/auth/roles';
import { Roles } from '@app/common/auth/roles.decorator';
import type { Page } from '@app/common/http/page-query.dto';
import { ApiPageResponse } from '@app/common/http/page-response';
import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import { LogOutreachDto, OutreachListQuery, OutreachResponse } from './dto/vagrant-outreach.dto';
import { VagrantOutreachService } from './vagrant-outreach.service';

/** 流浪乞讨 24-hour hotline calls and street patrols. */
@ApiTags('vagrant-relief')
@ApiBearerAuth()
@Controller('api/v1/vagrant-outreach')
export class VagrantOutreachController {
  constructor(private readonly outreach: VagrantOutreachService) {}

  @Post()
  @Roles(...RECORDERS)
  @ApiCreatedResponse({ type: OutreachResponse })
  @ApiResponse({ status: 422, description: 'OUTREACH.IN_FUTURE, OUTREACH.PATROL_WITHOUT_MEMBERS, OUTREACH.MEMBERS_ONLY_ON_PATROL, OUTREACH.CASE_REQUIRED, OUTREACH.CASE_ONLY_WHEN_ADMITTED, OUTREACH.CASE_NOT_FOUND' })
  log(@Body() dto: LogOutreachDto, @CurrentPrincipal() principal: Principal): Promise<OutreachResponse> {
    return this.outreach.log(dto, principal);
  }

  @Get()
  @Roles(...READERS)
  @ApiPageResponse(OutreachResponse, 'Hotline calls and street patrols of the caller’s division, the latest first.')
  list(@Query() query: OutreachListQuery, @CurrentPrincipal() principal: Principal): Promise<Page<OutreachResponse>> {
    return this.outreach.list(query, principal);
  }

  @Get(':id')
  @Roles(...READERS)
  @ApiOkResponse({ type: OutreachResponse })
  @ApiResponse({ status: 404, description: 'OUTREACH.NOT_FOUND' })
  get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() principal: Principal): Promise<OutreachResponse> {
    return this.outreach.get(id, principal);
  }
}
