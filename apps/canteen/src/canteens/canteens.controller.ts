import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { READERS, RECORDERS } from '@app/common/auth/roles';
import { Roles } from '@app/common/auth/roles.decorator';
import { NoPersonalData } from '@app/common/privacy/no-personal-data.decorator';
import type { Page } from '@app/common/http/page-query.dto';
import { PageQuery } from '@app/common/http/page-query.dto';
import { ApiPageResponse } from '@app/common/http/page-response';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CANTEEN_OPERATOR } from './canteen-roles';
import { Canteen } from './canteen.entity';
import { CanteensService } from './canteens.service';
import { CanteenView } from './dto/canteen.view';
import { ChangeOperatingModeDto, CreateCanteenDto, OperatingModeDto } from './dto/create-canteen.dto';
import { OPERATING_MODE_LABELS, OPERATING_MODES } from './rules/operating-mode.rule';

/** Canteens hold no person: their `name` is a place's name. */
@ApiTags('canteens')
@ApiBearerAuth()
@NoPersonalData()
@Controller('api/v1/canteens')
export class CanteensController {
  constructor(private readonly canteens: CanteensService) {}

  @Post()
  @Roles(...RECORDERS)
  @ApiResponse({ status: 403, description: 'AUTH.OUTSIDE_DIVISION: the region lies outside the caller’s division' })
  create(@Body() dto: CreateCanteenDto, @CurrentPrincipal() principal: Principal): Promise<Canteen> {
    return this.canteens.create(dto, principal);
  }

  @Get()
  @Roles(...READERS, CANTEEN_OPERATOR)
  @ApiPageResponse(CanteenView, 'The canteens whose region lies within the caller’s division, by name.')
  list(@Query() query: PageQuery, @CurrentPrincipal() principal: Principal): Promise<Page<Canteen>> {
    return this.canteens.list(query, principal);
  }

  /** The operating modes with their Chinese labels. */
  @Get('operating-modes')
  @Roles(...READERS, CANTEEN_OPERATOR)
  @ApiOkResponse({ type: OperatingModeDto, isArray: true })
  operatingModes(): OperatingModeDto[] {
    return OPERATING_MODES.map((operatingMode) => ({ operatingMode, label: OPERATING_MODE_LABELS[operatingMode] }));
  }

  @Post(':id/operating-mode')
  @HttpCode(200)
  @Roles(...RECORDERS)
  changeOperatingMode(@Param('id', ParseUUIDPipe) id: string, @Body() dto: ChangeOperatingModeDto, @CurrentPrincipal() principal: Principal): Promise<Canteen> {
    return this.canteens.changeOperatingMode(id, dto, principal);
  }

  @Get(':id')
  @Roles(...READERS, CANTEEN_OPERATOR)
  @ApiOkResponse({ type: CanteenView })
  @ApiResponse({ status: 403, description: 'AUTH.OUTSIDE_DIVISION: the canteen lies outside the caller’s division.' })
  get(@Param('id', ParseUUIDPipe) id: string, @CurrentPrincipal() principal: Principal): Promise<Canteen> {
    return this.canteens.getFor(id, principal);
  }
}
