import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { READERS } from '@app/common/auth/roles';
import { Roles } from '@app/common/auth/roles.decorator';
import { PageQuery, type Page } from '@app/common/http/page-query.dto';
import { ApiPageResponse } from '@app/common/http/page-response';
import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiResponse, ApiTags } from '@nestjs/swagger';
import { BedItem, InstitutionListItem } from './dto/institution-lists.dto';
import { InstitutionListQueries } from './institution-lists.query';

/** The lists of institutions and their beds: paged and within the caller's division. */
@ApiTags('institutions')
@ApiBearerAuth()
@Roles(...READERS)
@Controller('api/v1')
export class InstitutionListsController {
  constructor(private readonly lists: InstitutionListQueries) {}

  @Get('institutions')
  @ApiPageResponse(InstitutionListItem, 'Institutions of the caller’s division with their beds and occupancy, by code.')
  institutions(@Query() query: PageQuery, @CurrentPrincipal() principal: Principal): Promise<Page<InstitutionListItem>> {
    return this.lists.institutions(query, principal);
  }

  @Get('institutions/:id/beds')
  @ApiPageResponse(BedItem, 'The institution’s beds by code, each with its occupant (masked) and the open stay.')
  @ApiResponse({ status: 403, description: 'AUTH.OUTSIDE_DIVISION' })
  @ApiResponse({ status: 404, description: 'INSTITUTION.NOT_FOUND' })
  beds(@Param('id', ParseUUIDPipe) id: string, @Query() query: PageQuery, @CurrentPrincipal() principal: Principal): Promise<Page<BedItem>> {
    return this.lists.beds(id, query, principal);
  }
}
