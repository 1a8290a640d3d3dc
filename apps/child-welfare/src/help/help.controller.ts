import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { Roles } from '@app/common/auth/roles.decorator';
import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CHILD_READ_ROLES, CHILD_WRITE_ROLES } from '../access/rules/division-access.rule';
import { CadreVisitDto, CloseHelpNeedDto, EndPairingDto, PairCadreDto, RaiseHelpNeedDto } from './dto/help.dto';
import { HelpService } from './help.service';
import { PageQuery, type Page } from '@app/common/http/page-query.dto';
import { ApiPageResponse } from '@app/common/http/page-response';
import { CadrePairingView, HelpNeedView } from './dto/help-views.dto';

@ApiTags('help')
@ApiBearerAuth()
@Controller('api/v1/children/:id')
export class HelpController {
  constructor(private readonly help: HelpService) {}

  @Post('help-needs')
  @Roles(...CHILD_WRITE_ROLES)
  raise(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: RaiseHelpNeedDto) {
    return this.help.raiseNeed(principal, id, dto);
  }

  @Get('help-needs')
  @Roles(...CHILD_READ_ROLES)
  @ApiPageResponse(HelpNeedView, 'The child’s needs for help, the earliest raised first.')
  needs(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Query() query: PageQuery): Promise<Page<HelpNeedView>> {
    return this.help.needsPage(principal, id, query);
  }

  @Post('help-needs/:needId/close')
  @Roles(...CHILD_WRITE_ROLES)
  close(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Param('needId', ParseUUIDPipe) needId: string, @Body() dto: CloseHelpNeedDto) {
    return this.help.closeNeed(principal, id, needId, dto);
  }

  @Post('pairings')
  @Roles(...CHILD_WRITE_ROLES)
  pair(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: PairCadreDto) {
    return this.help.pair(principal, id, dto);
  }

  @Get('pairings')
  @Roles(...CHILD_READ_ROLES)
  @ApiPageResponse(CadrePairingView, 'The child’s cadre pairings, the earliest first, each with its visits.')
  pairings(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Query() query: PageQuery): Promise<Page<CadrePairingView>> {
    return this.help.pairingsPage(principal, id, query);
  }

  @Post('pairings/:pairingId/end')
  @Roles(...CHILD_WRITE_ROLES)
  end(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Param('pairingId', ParseUUIDPipe) pairingId: string, @Body() dto: EndPairingDto) {
    return this.help.endPairing(principal, id, pairingId, dto);
  }

  @Post('pairings/:pairingId/visits')
  @Roles(...CHILD_WRITE_ROLES)
  visit(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Param('pairingId', ParseUUIDPipe) pairingId: string, @Body() dto: CadreVisitDto) {
    return this.help.recordCadreVisit(principal, id, pairingId, dto);
  }
}
