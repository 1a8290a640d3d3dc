import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { Roles } from '@app/common/auth/roles.decorator';
import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CHILD_OVERVIEW_ROLES, CHILD_WRITE_ROLES } from '../access/rules/division-access.rule';
import { OverdueQueryDto, RecordVisitDto } from './dto/record-visit.dto';
import { VisitsService } from './visits.service';

@ApiTags('visits')
@ApiBearerAuth()
@Controller('api/v1')
export class VisitsController {
  constructor(private readonly visits: VisitsService) {}

  @Post('children/:id/visits')
  @Roles(...CHILD_WRITE_ROLES)
  async record(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: RecordVisitDto) {
    const { visit, child } = await this.visits.record(principal, id, dto);
    return { ...visit, riskTier: child.riskTier, nextVisitDue: child.nextVisitDue };
  }

  /** The township supervisor's work list of overdue visits (as of the service clock's today). */
  @Get('visits/overdue')
  @Roles(...CHILD_OVERVIEW_ROLES)
  async overdue(@CurrentPrincipal() principal: Principal, @Query() query: OverdueQueryDto) {
    const children = await this.visits.overdue(principal, query.township);
    return children.map((c) => ({
      childId: c.id,
      residentId: c.residentId,
      name: c.name,
      villageCode: c.villageCode,
      riskTier: c.riskTier,
      lastVisitOn: c.lastVisitOn,
      nextVisitDue: c.nextVisitDue,
    }));
  }
}
