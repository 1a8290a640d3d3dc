import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { DashboardRoute } from '@app/common/dashboard/dashboard-route';
import { DashboardQuery, type DashboardResponse } from '@app/common/dashboard/dashboard.dto';
import { Controller, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { DashboardQueries } from './dashboard.queries';

@ApiTags('dashboard')
@ApiBearerAuth()
@Controller('api/v1/dashboard')
export class DashboardController {
  constructor(private readonly queries: DashboardQueries) {}

  @DashboardRoute(
    'Per month of the range: children on the ledger at the month’s end, registered and closed; children paid the basic living allowance and the money of each run (fen); and today’s tiers and overdue visits, of the division’s villages.',
  )
  dashboard(@Query() query: DashboardQuery, @CurrentPrincipal() principal: Principal): Promise<DashboardResponse> {
    return this.queries.dashboard(principal, query);
  }
}
