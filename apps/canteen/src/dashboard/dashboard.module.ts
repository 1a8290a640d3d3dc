import { dashboardController } from '@app/common/dashboard/dashboard-route';
import { Module } from '@nestjs/common';
import { DashboardQueries } from './dashboard.queries';

@Module({
  controllers: [
    dashboardController(
      DashboardQueries,
      'Per month of the range: the diners who ate at the division’s canteens and the subsidy of the approved settlements (fen); and the settlements still open today.',
    ),
  ],
  providers: [DashboardQueries],
})
export class DashboardModule {}
