import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { Roles } from '@app/common/auth/roles.decorator';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { DisputeLineDto, MonthQueryDto, OpenSettlementDto, ResolveLineDto } from './dto/settlement.dto';
import { SettlementsService } from './settlements.service';

@ApiTags('settlements')
@ApiBearerAuth()
@Controller('api/v1/settlements')
@Roles('official', 'admin')
export class SettlementsController {
  constructor(private readonly settlements: SettlementsService) {}

  @Post()
  open(@Body() dto: OpenSettlementDto) {
    return this.settlements.open(dto.canteenId, dto.month);
  }

  @Get()
  forMonth(@Query() query: MonthQueryDto) {
    return this.settlements.forMonth(query.month);
  }

  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string) {
    return this.settlements.get(id);
  }

  @Post(':id/lines/:lineId/dispute')
  @HttpCode(200)
  dispute(@Param('id', ParseUUIDPipe) id: string, @Param('lineId', ParseUUIDPipe) lineId: string, @Body() dto: DisputeLineDto) {
    return this.settlements.dispute(id, lineId, dto.reason);
  }

  @Post(':id/lines/:lineId/resolve')
  @HttpCode(200)
  resolve(@Param('id', ParseUUIDPipe) id: string, @Param('lineId', ParseUUIDPipe) lineId: string, @Body() dto: ResolveLineDto) {
    return this.settlements.resolve(id, lineId, dto.outcome);
  }

  @Post(':id/approve')
  @HttpCode(200)
  approve(@Param('id', ParseUUIDPipe) id: string, @CurrentPrincipal() principal: Principal) {
    return this.settlements.approve(id, principal);
  }
}
