// `GET /api/v1/dashboard`, the same on every service: who reads it (those who decide, and the
// auditor who checks them), its query and its one response shape. A service brings the queries
// that count its programmes; the controller is made here for it.
import { Controller, Get, Inject, Query, type Type } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Principal } from '../auth/claims';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { AUDITOR, DECIDERS } from '../auth/roles';
import { Roles } from '../auth/roles.decorator';
import { DashboardQuery, DashboardResponse } from './dashboard.dto';

/** The figures a bureau director watches: the approver and the admin decide, the auditor checks. */
export const DASHBOARD_ROLES = [...DECIDERS, AUDITOR] as const;

/** What a service counts for its dashboard. */
export interface DashboardSource {
  dashboard(principal: Principal, query: DashboardQuery): Promise<DashboardResponse>;
}

/** The service's DashboardController over `source` (a provider of its module); `description` says what its series count. */
export function dashboardController(source: Type<DashboardSource>, description: string): Type<unknown> {
  @ApiTags('dashboard')
  @ApiBearerAuth()
  @Controller('api/v1/dashboard')
  class DashboardController {
    constructor(@Inject(source) private readonly queries: DashboardSource) {}

    @Get()
    @Roles(...DASHBOARD_ROLES)
    @ApiOkResponse({ type: DashboardResponse, description })
    dashboard(@Query() query: DashboardQuery, @CurrentPrincipal() principal: Principal): Promise<DashboardResponse> {
      return this.queries.dashboard(principal, query);
    }
  }
  return DashboardController;
}
