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
    'Per month of the range: elders drawing the high-age allowance and the service subsidy, started and stopped, and the payroll money (fen), of the division’s elders.',
  )
  dashboard(@Query() query: DashboardQuery, @CurrentPrincipal() principal: Principal): Promise<DashboardResponse> {
    return this.queries.dashboard(principal, query);
  }
}
