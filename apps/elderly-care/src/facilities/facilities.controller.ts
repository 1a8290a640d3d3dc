import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { READERS, RECORDERS } from '@app/common/auth/roles';
import { Roles } from '@app/common/auth/roles.decorator';
import type { Page } from '@app/common/http/page-query.dto';
import { ApiPageResponse } from '@app/common/http/page-response';
import { NoPersonalData } from '@app/common/privacy/no-personal-data.decorator';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import { ChangeFacilityStatusDto, CreateFacilityDto, FacilityDto, FacilityListQuery, FacilityTypeDto } from './dto/facility.dto';
import { FacilitiesService } from './facilities.service';
import { FACILITY_TYPE_LABELS, FACILITY_TYPE_LEVEL, FACILITY_TYPES } from './rules/facility.rule';

/** Facilities hold no person: their `facilityName` is a place's name. */
@ApiTags('facilities')
@ApiBearerAuth()
@NoPersonalData()
@Controller('api/v1')
export class FacilitiesController {
  constructor(private readonly facilities: FacilitiesService) {}

  /** The facility types with their Chinese labels and the division level each is registered at. */
  @Get('facility-types')
  @Roles(...READERS)
  @ApiOkResponse({ type: FacilityTypeDto, isArray: true })
  types(): FacilityTypeDto[] {
    return FACILITY_TYPES.map((type) => ({ type, label: FACILITY_TYPE_LABELS[type], level: FACILITY_TYPE_LEVEL[type] }));
  }

  @Post('facilities')
  @Roles(...RECORDERS)
  @ApiResponse({ status: 422, description: 'FACILITY.DIVISION_LEVEL: the division is not at the level of the type; FACILITY.DATE_INVALID: openedOn in the future' })
  @ApiResponse({ status: 409, description: 'FACILITY.CODE_TAKEN' })
  register(@Body() dto: CreateFacilityDto, @CurrentPrincipal() principal: Principal): Promise<FacilityDto> {
    return this.facilities.register(dto, principal);
  }

  @Get('facilities')
  @Roles(...READERS)
  @ApiPageResponse(FacilityDto, 'Facilities of the caller’s division, by division code and code.')
  list(@Query() query: FacilityListQuery, @CurrentPrincipal() principal: Principal): Promise<Page<FacilityDto>> {
    return this.facilities.list(query, principal);
  }

  @Get('facilities/:id')
  @Roles(...READERS)
  get(@Param('id', ParseUUIDPipe) id: string, @CurrentPrincipal() principal: Principal): Promise<FacilityDto> {
    return this.facilities.get(id, principal);
  }

  @Post('facilities/:id/status')
  @HttpCode(200)
  @Roles(...RECORDERS)
  changeStatus(@Param('id', ParseUUIDPipe) id: string, @Body() dto: ChangeFacilityStatusDto, @CurrentPrincipal() principal: Principal): Promise<FacilityDto> {
    return this.facilities.changeStatus(id, dto, principal);
  }
}
