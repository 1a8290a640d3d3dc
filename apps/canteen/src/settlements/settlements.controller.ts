import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { DECIDERS, READERS, RECORDERS } from '@app/common/auth/roles';
import { Roles } from '@app/common/auth/roles.decorator';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiResponse, ApiTags } from '@nestjs/swagger';
import { DisputeLineDto, MonthQueryDto, OpenSettlementDto, ResolveLineDto } from './dto/settlement.dto';
import { SettlementsService } from './settlements.service';

@ApiTags('settlements')
@ApiBearerAuth()
@Controller('api/v1/settlements')
export class SettlementsController {
  constructor(private readonly settlements: SettlementsService) {}

  @Post()
  @Roles(...RECORDERS)
  @ApiResponse({ status: 403, description: 'AUTH.OUTSIDE_DIVISION: the canteen lies outside the caller’s division' })
  open(@Body() dto: OpenSettlementDto, @CurrentPrincipal() principal: Principal) {
    return this.settlements.open(dto.canteenId, dto.month, principal);
  }

  @Get()
  @Roles(...READERS)
  forMonth(@Query() query: MonthQueryDto) {
    return this.settlements.forMonth(query.month);
  }

  @Get(':id')
  @Roles(...READERS)
  get(@Param('id', ParseUUIDPipe) id: string) {
    return this.settlements.get(id);
  }

  @Post(':id/lines/:lineId/dispute')
  @Roles(...RECORDERS)
  @HttpCode(200)
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
  approve(@Param('id', ParseUUIDPipe) id: string, @CurrentPrincipal() principal: Principal) {
    return this.settlements.approve(id, principal);
  }
}
