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
    'Per month of the range: 低保 and 特困 cases in force, started, stopped, and payroll money (fen), of the households of the division; and the work waiting today.',
  )
  dashboard(@Query() query: DashboardQuery, @CurrentPrincipal() principal: Principal): Promise<DashboardResponse> {
    return this.queries.dashboard(principal, query);
  }
}
