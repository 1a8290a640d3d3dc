import { dashboardController } from '@app/common/dashboard/dashboard-route';
import { Module } from '@nestjs/common';
import { DashboardQueries } from './dashboard.queries';

@Module({
  controllers: [
    dashboardController(
      DashboardQueries,
      'Per month of the range: 低保 and 特困 cases in force, started, stopped, and payroll money (fen), of the households of the division; and the work waiting today.',
    ),
  ],
  providers: [DashboardQueries],
})
export class DashboardModule {}
