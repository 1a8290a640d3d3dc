// What every service's dashboard queries share: the scope checked (dashboardScope), the service's
// today, and the one answer; a service says only what it counts (`count`), in SQL aggregates.
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from '../auth/claims';
import { Clock } from '../time/clock';
import type { DashboardSource } from './dashboard-route';
import { dashboardResponse, dashboardScope, type DashboardScope, type MonthRow } from './dashboard-scope';
import type { DashboardFigure, DashboardQuery, DashboardResponse, MonthlySeries } from './dashboard.dto';

export interface DashboardCount {
  series: MonthlySeries[];
  figures: DashboardFigure[];
}

@Injectable()
export abstract class DashboardCounts implements DashboardSource {
  constructor(
    protected readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async dashboard(principal: Principal, query: DashboardQuery): Promise<DashboardResponse> {
    const scope = dashboardScope(principal, query);
    const today = this.clock.today();
    const { series, figures } = await this.count(scope, today);
    return dashboardResponse(scope, today, series, figures);
  }

  /** The service's monthly series over the scope's months, and its figures as of `today`. */
  protected abstract count(scope: DashboardScope, today: string): Promise<DashboardCount>;

  /** The rows of one aggregate query. */
  protected rows<T = MonthRow>(sql: string, params: unknown[]): Promise<T[]> {
    return this.dataSource.query(sql, params);
  }
}
