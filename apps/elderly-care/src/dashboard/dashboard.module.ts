import { dashboardController } from '@app/common/dashboard/dashboard-route';
import { Module } from '@nestjs/common';
import { DashboardQueries } from './dashboard.queries';

@Module({
  controllers: [
    dashboardController(
      DashboardQueries,
      'Per month of the range: elders drawing the high-age allowance and the service subsidy, started and stopped, and the payroll money (fen), of the division’s elders.',
    ),
  ],
  providers: [DashboardQueries],
})
export class DashboardModule {}
