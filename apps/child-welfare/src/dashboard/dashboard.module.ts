import { dashboardController } from '@app/common/dashboard/dashboard-route';
import { Module } from '@nestjs/common';
import { DashboardQueries } from './dashboard.queries';

@Module({
  controllers: [
    dashboardController(
      DashboardQueries,
      'Per month of the range: children on the ledger at the month’s end, registered and closed; children paid the basic living allowance and the money of each run (fen); and today’s tiers and overdue visits, of the division’s villages.',
    ),
  ],
  providers: [DashboardQueries],
})
export class DashboardModule {}
