import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { Roles } from '@app/common/auth/roles.decorator';
import { READERS, RECORDERS } from '@app/common/auth/roles';
import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CreateHouseholdDto, HouseholdResponse } from './dto/household.dto';
import { HouseholdsService } from './households.service';

@ApiTags('households')
@ApiBearerAuth()
@Controller('api/v1/households')
export class HouseholdsController {
  constructor(private readonly households: HouseholdsService) {}

  @Post()
  @Roles(...RECORDERS)
  @ApiCreatedResponse({ type: HouseholdResponse })
  @ApiResponse({ status: 403, description: 'AUTH.OUTSIDE_DIVISION (regionCode outside the caller’s division)' })
  @ApiResponse({ status: 422, description: 'HOUSEHOLD.DUPLICATE_MEMBER, HOUSEHOLD.MEMBER_DECEASED.' })
  create(@Body() dto: CreateHouseholdDto, @CurrentPrincipal() principal: Principal): Promise<HouseholdResponse> {
    return this.households.create(dto, principal);
  }

  @Get(':id')
  @Roles(...READERS)
  @ApiOkResponse({ type: HouseholdResponse })
  get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() principal: Principal): Promise<HouseholdResponse> {
    return this.households.getFor(id, principal);
  }
}
