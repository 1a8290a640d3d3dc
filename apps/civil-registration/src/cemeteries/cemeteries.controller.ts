import { ADMIN, READERS } from '@app/common/auth/roles';
import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { Roles } from '@app/common/auth/roles.decorator';
import type { Page } from '@app/common/http/page-query.dto';
import { ApiPageResponse } from '@app/common/http/page-response';
import { NoPersonalData } from '@app/common/privacy/no-personal-data.decorator';
import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CemeteriesService } from './cemeteries.service';
import { AddPlacesDto, CemeteryDto, CemeteryListQuery, PlaceDto, PlaceListQuery, PlacesAddedDto, RecordCemeteryDto } from './dto/cemetery.dto';

@ApiTags('cemeteries')
@ApiBearerAuth()
// Cemeteries and their places; who lies where is in /cemetery-allocations.
@NoPersonalData()
@Controller('api/v1/cemeteries')
export class CemeteriesController {
  constructor(private readonly cemeteries: CemeteriesService) {}

  @Post()
  @Roles(ADMIN)
  @ApiCreatedResponse({ type: CemeteryDto })
  @ApiResponse({ status: 409, description: 'CEMETERY.CODE_TAKEN (code)' })
  @ApiResponse({ status: 422, description: 'CEMETERY.PLACE_KIND_NOT_OFFERED (plotCapacity: an ash hall has no plots)' })
  record(@Body() dto: RecordCemeteryDto, @CurrentPrincipal() principal: Principal): Promise<CemeteryDto> {
    return this.cemeteries.record(dto, principal);
  }

  @Get()
  @Roles(...READERS)
  @ApiPageResponse(CemeteryDto, 'Cemeteries and ash halls of the caller’s division, by code, with their places counted.')
  list(@Query() query: CemeteryListQuery, @CurrentPrincipal() principal: Principal): Promise<Page<CemeteryDto>> {
    return this.cemeteries.list(query, principal);
  }

  @Get(':id')
  @Roles(...READERS)
  @ApiOkResponse({ type: CemeteryDto })
  @ApiResponse({ status: 404, description: 'CEMETERY.NOT_FOUND' })
  get(@Param('id', new ParseUUIDPipe()) id: string): Promise<CemeteryDto> {
    return this.cemeteries.get(id);
  }

  @Post(':id/places')
  @Roles(ADMIN)
  @ApiCreatedResponse({ type: PlacesAddedDto, description: 'The plots or niches recorded, AVAILABLE.' })
  @ApiResponse({ status: 409, description: 'CEMETERY.PLACE_CODE_TAKEN (codes)' })
  @ApiResponse({ status: 422, description: 'CEMETERY.PLACE_KIND_NOT_OFFERED (kind), CEMETERY.CAPACITY_EXCEEDED (codes)' })
  addPlaces(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: AddPlacesDto, @CurrentPrincipal() principal: Principal): Promise<PlacesAddedDto> {
    return this.cemeteries.addPlaces(id, dto, principal);
  }

  @Get(':id/places')
  @Roles(...READERS)
  @ApiPageResponse(PlaceDto, 'The plots and niches of the cemetery, by code.')
  @ApiResponse({ status: 404, description: 'CEMETERY.NOT_FOUND' })
  places(@Param('id', new ParseUUIDPipe()) id: string, @Query() query: PlaceListQuery): Promise<Page<PlaceDto>> {
    return this.cemeteries.listPlaces(id, query);
  }
}
