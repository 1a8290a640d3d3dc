import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { Roles } from '@app/common/auth/roles.decorator';
import { PageQuery, type Page } from '@app/common/http/page-query.dto';
import { ApiPageResponse } from '@app/common/http/page-response';
import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CHILD_READ_ROLES, CHILD_WRITE_ROLES } from '../access/rules/division-access.rule';
import { AgreePlanDto, PlanView } from './dto/plan.dto';
import { PlansService } from './plans.service';

@ApiTags('plans')
@ApiBearerAuth()
@Controller('api/v1/children/:id/plans')
export class PlansController {
  constructor(private readonly plans: PlansService) {}

  /** 一人一策: agrees the child's plan, or revises it as a new version. */
  @Post()
  @Roles(...CHILD_WRITE_ROLES)
  @ApiCreatedResponse({ type: PlanView })
  @ApiResponse({ status: 422, description: 'PLAN.AGREED_IN_FUTURE, PLAN.DUE_BEFORE_AGREED, PLAN.DUPLICATE_MEASURE (each with its field)' })
  @ApiResponse({ status: 409, description: 'CHILD.CASE_CLOSED' })
  @ApiResponse({ status: 403, description: 'CHILD.OUT_OF_DIVISION: the child is outside the caller’s village or township.' })
  agree(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: AgreePlanDto): Promise<PlanView> {
    return this.plans.agree(principal, id, dto);
  }

  @Get()
  @Roles(...CHILD_READ_ROLES)
  @ApiPageResponse(PlanView, 'The plan’s versions, the one in force first.')
  @ApiResponse({ status: 403, description: 'CHILD.OUT_OF_DIVISION: the child is outside the caller’s village or township.' })
  versions(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Query() query: PageQuery): Promise<Page<PlanView>> {
    return this.plans.versions(principal, id, query);
  }
}
