import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { DECIDERS, READERS, RECORDERS } from '@app/common/auth/roles';
import { Roles } from '@app/common/auth/roles.decorator';
import type { Page } from '@app/common/http/page-query.dto';
import { PageQuery } from '@app/common/http/page-query.dto';
import { ApiPageResponse } from '@app/common/http/page-response';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import { DisputeLineDto, MonthSettlementsQuery, OpenSettlementDto, ResolveLineDto } from './dto/settlement.dto';
import { MonthSettlementsDto, SettlementDto, SettlementLineItem } from './dto/settlement.view';
import { MonthSettlementsQueries } from './month-settlements.query';
import { SettlementLinesQueries } from './settlement-lines.query';
import { SettlementsService } from './settlements.service';

@ApiTags('settlements')
@ApiBearerAuth()
@Controller('api/v1/settlements')
export class SettlementsController {
  constructor(
    private readonly settlements: SettlementsService,
    private readonly lineQueries: SettlementLinesQueries,
    private readonly monthQueries: MonthSettlementsQueries,
  ) {}

  @Post()
  @Roles(...RECORDERS)
  @ApiResponse({ status: 201, type: SettlementDto })
  @ApiResponse({ status: 403, description: 'AUTH.OUTSIDE_DIVISION: the canteen lies outside the caller’s division' })
  open(@Body() dto: OpenSettlementDto, @CurrentPrincipal() principal: Principal) {
    return this.settlements.open(dto.canteenId, dto.month, principal);
  }

  @Get()
  @Roles(...READERS)
  @ApiOkResponse({ type: MonthSettlementsDto })
  forMonth(@Query() query: MonthSettlementsQuery, @CurrentPrincipal() principal: Principal) {
    return this.monthQueries.forMonth(query, principal);
  }

  @Get(':id')
  @Roles(...READERS)
  @ApiOkResponse({ type: SettlementDto })
  @ApiResponse({ status: 403, description: 'AUTH.OUTSIDE_DIVISION: the canteen lies outside the caller’s division' })
  async get(@Param('id', ParseUUIDPipe) id: string, @CurrentPrincipal() principal: Principal) {
    await this.lineQueries.assertReadable(id, principal);
    return this.settlements.get(id);
  }

  @Get(':id/lines')
  @Roles(...READERS)
  @ApiPageResponse(SettlementLineItem, 'The settlement’s lines with the meal each claims (diner masked), by meal date.')
  @ApiResponse({ status: 403, description: 'AUTH.OUTSIDE_DIVISION: the canteen lies outside the caller’s division' })
  lines(@Param('id', ParseUUIDPipe) id: string, @Query() query: PageQuery, @CurrentPrincipal() principal: Principal): Promise<Page<SettlementLineItem>> {
    return this.lineQueries.lines(id, query, principal);
  }

  @Post(':id/lines/:lineId/dispute')
  @Roles(...RECORDERS)
  @HttpCode(200)
  @ApiOkResponse({ type: SettlementDto })
  dispute(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('lineId', ParseUUIDPipe) lineId: string,
    @Body() dto: DisputeLineDto,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.settlements.dispute(id, lineId, dto.reason, principal);
  }

  @Post(':id/lines/:lineId/resolve')
  @Roles(...DECIDERS)
  @HttpCode(200)
  @ApiOkResponse({ type: SettlementDto })
  resolve(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('lineId', ParseUUIDPipe) lineId: string,
    @Body() dto: ResolveLineDto,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.settlements.resolve(id, lineId, dto.outcome, principal);
  }

  @Post(':id/approve')
  @Roles(...DECIDERS)
  @ApiResponse({ status: 403, description: 'SETTLEMENT.SAME_PERSON_APPROVAL (the opener cannot approve), AUTH.OUTSIDE_DIVISION' })
  @HttpCode(200)
  @ApiOkResponse({ type: SettlementDto })
  approve(@Param('id', ParseUUIDPipe) id: string, @CurrentPrincipal() principal: Principal) {
    return this.settlements.approve(id, principal);
  }
}
