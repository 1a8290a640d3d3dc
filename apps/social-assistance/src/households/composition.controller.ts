import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { RECORDERS } from '@app/common/auth/roles';
import { Roles } from '@app/common/auth/roles.decorator';
import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CompositionService } from './composition.service';
import { AssetChangeDto, CompositionChangeResponse, DepartureDto } from './dto/composition.dto';
import { MemberDto } from './dto/household.dto';

@ApiTags('households')
@ApiBearerAuth()
@Roles(...RECORDERS)
@Controller('api/v1/households/:id')
export class CompositionController {
  constructor(private readonly composition: CompositionService) {}

  @Post('members')
  @ApiCreatedResponse({ type: CompositionChangeResponse, description: 'The member counts from next month; open 低保 cases reassessed for that month.' })
  @ApiResponse({ status: 422, description: 'HOUSEHOLD.DUPLICATE_MEMBER, HOUSEHOLD.MEMBER_DECEASED' })
  @ApiResponse({ status: 403, description: 'AUTH.OUTSIDE_DIVISION' })
  join(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: MemberDto, @CurrentPrincipal() principal: Principal): Promise<CompositionChangeResponse> {
    return this.composition.join(id, dto, principal);
  }

  @Post('departures')
  @HttpCode(200)
  @ApiOkResponse({ type: CompositionChangeResponse, description: 'The member no longer counts from next month; their enrollment stops (MOVED_AWAY).' })
  @ApiResponse({ status: 422, description: 'HOUSEHOLD.NOT_A_MEMBER' })
  depart(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: DepartureDto, @CurrentPrincipal() principal: Principal): Promise<CompositionChangeResponse> {
    return this.composition.depart(id, dto, principal);
  }

  @Post('asset-changes')
  @HttpCode(200)
  @ApiOkResponse({ type: CompositionChangeResponse, description: 'Assets from now on; above the limit the 低保 stops from next month (ASSETS_ABOVE_LIMIT).' })
  changeAssets(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: AssetChangeDto, @CurrentPrincipal() principal: Principal): Promise<CompositionChangeResponse> {
    return this.composition.changeAssets(id, dto, principal);
  }
}
