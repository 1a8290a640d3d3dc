import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { READERS, RECORDERS } from '@app/common/auth/roles';
import { Roles } from '@app/common/auth/roles.decorator';
import type { Page } from '@app/common/http/page-query.dto';
import { ApiPageResponse } from '@app/common/http/page-response';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import { EndMonitoringDto, MonitoredHouseholdResponse, MonitoringListQuery, RegisterMonitoringDto } from './dto/monitoring.dto';
import { MonitoringQueries } from './monitoring.queries';
import { MonitoringService } from './monitoring.service';

@ApiTags('dynamic monitoring (动态监测)')
@ApiBearerAuth()
@Controller('api/v1/monitored-households')
export class MonitoringController {
  constructor(
    private readonly monitoring: MonitoringService,
    private readonly queries: MonitoringQueries,
  ) {}

  @Post()
  @Roles(...RECORDERS)
  @ApiCreatedResponse({ type: MonitoredHouseholdResponse, description: 'The household enters monitoring this month; monitoring.started per living member.' })
  @ApiResponse({ status: 409, description: 'MONITORING.ALREADY_MONITORED, MONITORING.HOUSEHOLD_ENROLLED, MONITORING.MEMBER_ALREADY_MONITORED' })
  @ApiResponse({ status: 422, description: 'MONITORING.ELIGIBLE_FOR_DIBAO, MONITORING.INCOME_NOT_BELOW_BORDERLINE, MONITORING.ASSETS_ABOVE_LIMIT, MONITORING.NO_MEMBERS (field category)' })
  register(@Body() dto: RegisterMonitoringDto, @CurrentPrincipal() principal: Principal): Promise<MonitoredHouseholdResponse> {
    return this.monitoring.register(dto, principal);
  }

  @Get()
  @Roles(...READERS)
  @ApiPageResponse(MonitoredHouseholdResponse, '低保边缘 and low-income households monitored now, with their risk (open warnings).')
  list(@Query() query: MonitoringListQuery, @CurrentPrincipal() principal: Principal): Promise<Page<MonitoredHouseholdResponse>> {
    return this.queries.list(query, principal);
  }

  @Get(':id')
  @Roles(...READERS)
  @ApiOkResponse({ type: MonitoredHouseholdResponse })
  @ApiResponse({ status: 404, description: 'MONITORING.NOT_FOUND' })
  get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() principal: Principal): Promise<MonitoredHouseholdResponse> {
    return this.queries.one(id, principal);
  }

  @Post(':id/end')
  @HttpCode(200)
  @Roles(...RECORDERS)
  @ApiOkResponse({ type: MonitoredHouseholdResponse, description: 'Monitoring ends from next month; monitoring.ended per member still monitored.' })
  @ApiResponse({ status: 409, description: 'MONITORING.ALREADY_ENDED' })
  end(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: EndMonitoringDto, @CurrentPrincipal() principal: Principal): Promise<MonitoredHouseholdResponse> {
    return this.monitoring.end(id, dto, principal);
  }
}
