import { READERS, RECORDERS } from '@app/common/auth/roles';
import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { Roles } from '@app/common/auth/roles.decorator';
import type { Page } from '@app/common/http/page-query.dto';
import { ApiPageResponse } from '@app/common/http/page-response';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CemeteryAllocationsService } from './cemetery-allocations.service';
import { AllocatePlaceDto, AllocationDto, AllocationListQuery, ReleaseAllocationDto } from './dto/allocation.dto';

@ApiTags('cemeteries')
@ApiBearerAuth()
@Controller('api/v1/cemetery-allocations')
export class CemeteryAllocationsController {
  constructor(private readonly allocations: CemeteryAllocationsService) {}

  @Post()
  @Roles(...RECORDERS)
  @ApiCreatedResponse({ type: AllocationDto, description: 'The plot or niche is the deceased’s; the place is ALLOCATED.' })
  @ApiResponse({ status: 409, description: 'CEMETERY_ALLOCATION.PLACE_TAKEN (placeId), CEMETERY_ALLOCATION.DECEASED_HAS_PLACE (deathId)' })
  @ApiResponse({ status: 422, description: 'CEMETERY_ALLOCATION.UNKNOWN_PLACE (placeId), CEMETERY_ALLOCATION.UNKNOWN_DEATH (deathId), CEMETERY_ALLOCATION.NICHE_NEEDS_ASHES (placeId)' })
  allocate(@Body() dto: AllocatePlaceDto, @CurrentPrincipal() principal: Principal): Promise<AllocationDto> {
    return this.allocations.allocate(dto, principal);
  }

  @Get()
  @Roles(...READERS)
  @ApiPageResponse(AllocationDto, 'Allocations in cemeteries of the caller’s division, newest first.')
  list(@Query() query: AllocationListQuery, @CurrentPrincipal() principal: Principal): Promise<Page<AllocationDto>> {
    return this.allocations.list(query, principal);
  }

  @Get(':id')
  @Roles(...READERS)
  @ApiOkResponse({ type: AllocationDto })
  @ApiResponse({ status: 404, description: 'CEMETERY_ALLOCATION.NOT_FOUND' })
  get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() principal: Principal): Promise<AllocationDto> {
    return this.allocations.get(id, principal);
  }

  @Post(':id/release')
  @HttpCode(200)
  @Roles(...RECORDERS)
  @ApiOkResponse({ type: AllocationDto, description: 'Released as an error by someone other than who allocated; the place is AVAILABLE again.' })
  @ApiResponse({ status: 403, description: 'CEMETERY_ALLOCATION.SAME_PERSON_RELEASE' })
  @ApiResponse({ status: 409, description: 'CEMETERY_ALLOCATION.ALREADY_RELEASED' })
  release(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: ReleaseAllocationDto, @CurrentPrincipal() principal: Principal): Promise<AllocationDto> {
    return this.allocations.release(id, dto, principal);
  }
}
