import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { Roles } from '@app/common/auth/roles.decorator';
import { PageQuery, type Page } from '@app/common/http/page-query.dto';
import { ApiPageResponse } from '@app/common/http/page-response';
import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CHILD_OVERVIEW_ROLES, CHILD_READ_ROLES, CHILD_WRITE_ROLES } from '../access/rules/division-access.rule';
import { RecordVisitDto } from './dto/record-visit.dto';
import { OverdueChildView, OverdueQueryDto, VisitView } from './dto/visit-views.dto';
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

  /** The township supervisor's work list of overdue visits (as of the service clock's today), paged. */
  @Get('visits/overdue')
  @Roles(...CHILD_OVERVIEW_ROLES)
  @ApiPageResponse(OverdueChildView, 'Active children of the township whose visit is overdue, most overdue first.')
  @ApiResponse({ status: 403, description: 'CHILD.OUT_OF_DIVISION: the township is not the caller’s.' })
  async overdue(@CurrentPrincipal() principal: Principal, @Query() query: OverdueQueryDto): Promise<Page<OverdueChildView>> {
    const page = await this.visits.overdue(principal, query);
    return {
      ...page,
      items: page.items.map((c) => ({
        childId: c.id,
        residentId: c.residentId,
        name: c.name,
        villageCode: c.villageCode,
        riskTier: c.riskTier,
        lastVisitOn: c.lastVisitOn,
        nextVisitDue: c.nextVisitDue,
      })),
    };
  }

  /** 走访记录: a child's visits, the latest first. */
  @Get('children/:id/visits')
  @Roles(...CHILD_READ_ROLES)
  @ApiPageResponse(VisitView, 'The child’s visits, the latest first.')
  @ApiResponse({ status: 403, description: 'CHILD.OUT_OF_DIVISION: the child is outside the caller’s village or township.' })
  async ofChild(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Query() query: PageQuery): Promise<Page<VisitView>> {
    const page = await this.visits.ofChild(principal, id, query);
    return {
      ...page,
      items: page.items.map((v) => ({ id: v.id, visitedOn: v.visitedOn, visitor: v.visitor, notes: v.notes, tierAfter: v.tierAfter, recordedAt: v.createdAt.toISOString() })),
    };
  }
}
