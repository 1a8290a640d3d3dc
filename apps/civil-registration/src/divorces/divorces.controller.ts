import { ADMIN, READERS, RECORDERS } from '@app/common/auth/roles';
import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { Roles } from '@app/common/auth/roles.decorator';
import type { Page } from '@app/common/http/page-query.dto';
import { ApiPageResponse } from '@app/common/http/page-response';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import { DivorceExpiryJob } from './divorce-expiry.job';
import { DivorceListQueries } from './divorce-list.query';
import { DivorcesService } from './divorces.service';
import { DivorceListQuery, DivorceWorkItem } from './dto/divorce-list.dto';
import { ApplyForDivorceDto, DivorceDto, ExpiryRunDto, RegisterDivorceDto, WithdrawDivorceDto } from './dto/divorce.dto';

@ApiTags('divorces')
@ApiBearerAuth()
@Controller('api/v1/divorces')
export class DivorcesController {
  constructor(
    private readonly divorces: DivorcesService,
    private readonly expiry: DivorceExpiryJob,
    private readonly lists: DivorceListQueries,
  ) {}

  @Get()
  @Roles(...READERS)
  @ApiPageResponse(DivorceWorkItem, 'Applications received in the caller’s division, by their state today: newest first, or the nearest deadline first for COOLING_OFF and AWAITING_CERTIFICATE.')
  list(@Query() query: DivorceListQuery, @CurrentPrincipal() principal: Principal): Promise<Page<DivorceWorkItem>> {
    return this.lists.list(query, principal);
  }

  @Post()
  @Roles(...RECORDERS)
  @ApiCreatedResponse({ type: DivorceDto, description: 'Applied; cooling-off runs. civil-registration.divorce.applied.v1 is emitted.' })
  @ApiResponse({ status: 409, description: 'DIVORCE.ALREADY_APPLIED' })
  @ApiResponse({ status: 422, description: 'DIVORCE.MARRIAGE_NOT_ACTIVE, DIVORCE.NOT_THE_PARTIES, DIVORCE.PARTIES_NOT_PRESENT, DIVORCE.PARTY_DECEASED' })
  apply(@Body() dto: ApplyForDivorceDto, @CurrentPrincipal() principal: Principal): Promise<DivorceDto> {
    return this.divorces.apply(dto, principal);
  }

  @Post('expire-overdue')
  @HttpCode(200)
  @Roles(ADMIN)
  @ApiOkResponse({ type: ExpiryRunDto, description: 'Runs the DEEMED_WITHDRAWN job now (it also runs on a timer).' })
  expireOverdue(): Promise<ExpiryRunDto> {
    return this.expiry.run();
  }

  @Get(':id')
  @Roles(...READERS)
  @ApiOkResponse({ type: DivorceDto, description: 'State and deadlines as of today.' })
  get(@Param('id', new ParseUUIDPipe()) id: string): Promise<DivorceDto> {
    return this.divorces.get(id);
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @Roles(...RECORDERS)
  @ApiOkResponse({ type: DivorceDto, description: 'Withdrawn by a party; civil-registration.divorce.withdrawn.v1 is emitted.' })
  @ApiResponse({ status: 422, description: 'DIVORCE.NOT_IN_COOLING_OFF, DIVORCE.NOT_A_PARTY, DIVORCE.NOT_OPEN' })
  withdraw(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: WithdrawDivorceDto, @CurrentPrincipal() principal: Principal): Promise<DivorceDto> {
    return this.divorces.withdraw(id, dto, principal);
  }

  @Post(':id/register')
  @HttpCode(200)
  @Roles(...RECORDERS)
  @ApiOkResponse({ type: DivorceDto, description: 'Registered; the marriage is dissolved. civil-registration.divorce.registered.v1 is emitted.' })
  @ApiResponse({ status: 422, description: 'DIVORCE.COOLING_OFF_NOT_OVER, DIVORCE.CERTIFICATE_DEADLINE_PASSED, DIVORCE.NOT_THE_PARTIES, DIVORCE.PARTY_DECEASED, DIVORCE.NOT_OPEN' })
  register(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: RegisterDivorceDto, @CurrentPrincipal() principal: Principal): Promise<DivorceDto> {
    return this.divorces.register(id, dto, principal);
  }
}
