import { READERS, RECORDERS } from '@app/common/auth/roles';
import { NoPersonalData } from '@app/common/privacy/no-personal-data.decorator';
import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { Roles } from '@app/common/auth/roles.decorator';
import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Page } from '@app/common/http/page-query.dto';
import { ApiPageResponse } from '@app/common/http/page-response';
import { PlaceNameDto, PlaceNameSearchQuery, RecordPlaceNameDto } from './dto/place-name.dto';
import { PlaceNamesService } from './place-names.service';

@ApiTags('place names')
@ApiBearerAuth()
// Place names are of roads and villages; no person appears in them.
@NoPersonalData()
@Controller('api/v1/place-names')
export class PlaceNamesController {
  constructor(private readonly placeNames: PlaceNamesService) {}

  @Post()
  @Roles(...RECORDERS)
  @ApiCreatedResponse({ type: PlaceNameDto })
  @ApiResponse({ status: 409, description: 'PLACE_NAME.DUPLICATE: same name and category already in the division.' })
  @ApiResponse({ status: 422, description: 'PLACE_NAME.INVALID_REGION, PLACE_NAME.REGION_TOO_COARSE' })
  record(@Body() dto: RecordPlaceNameDto, @CurrentPrincipal() principal: Principal): Promise<PlaceNameDto> {
    return this.placeNames.record(dto, principal);
  }

  @Get()
  @Roles(...READERS)
  @ApiPageResponse(PlaceNameDto, 'List and search: by part of the name, division (and below) and kind; by division, then name.')
  search(@Query() query: PlaceNameSearchQuery): Promise<Page<PlaceNameDto>> {
    return this.placeNames.search(query);
  }
}
