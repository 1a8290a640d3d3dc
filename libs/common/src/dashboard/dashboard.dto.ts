// The one shape every service's dashboard read (`GET /api/v1/dashboard`) answers, so the console
// draws any programme's months the same way: the months asked for, one series per programme and
// measure (a point for every month, zero included), and the figures of today (work overdue, tiers).
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { IsYearMonth } from '../http/is-year-month.decorator';

/** What a series counts: cases in force in the month, cases started in it, stopped from it, money paid for it. */
export const DASHBOARD_MEASURES = ['CASELOAD', 'STARTED', 'STOPPED', 'PAID'] as const;
export type DashboardMeasure = (typeof DASHBOARD_MEASURES)[number];

/** `?from=YYYY-MM&to=YYYY-MM&division=` — the division defaults to the caller's own. */
export class DashboardQuery {
  @ApiProperty({ example: '2024-01', description: 'First month, YYYY-MM.' })
  @IsYearMonth()
  from!: string;

  @ApiProperty({ example: '2024-12', description: 'Last month, YYYY-MM; at most 36 months after `from`.' })
  @IsYearMonth()
  to!: string;

  @ApiPropertyOptional({ example: '110105001', description: 'The caller’s division or one below it (6, 9 or 12 digits); by default the caller’s.' })
  @IsOptional()
  @Matches(/^(\d{6}|\d{9}|\d{12})$/, { message: 'division must be a division code of 6, 9 or 12 digits' })
  division?: string;
}

export class MonthlyPoint {
  @ApiProperty({ example: '2024-07' }) month!: string;
  @ApiProperty({ example: 1520, description: 'A count, or fen when the series is PAID.' }) value!: number;
}

export class MonthlySeries {
  @ApiProperty({ example: 'DIBAO', description: 'The programme of the service, e.g. DIBAO, TEKUN, CHILD_ALLOWANCE.' }) programme!: string;
  @ApiProperty({ enum: DASHBOARD_MEASURES, example: 'CASELOAD' }) measure!: DashboardMeasure;
  @ApiProperty({ type: [MonthlyPoint], description: 'One point per month from `from` to `to`, in order.' }) points!: MonthlyPoint[];
}

export class DashboardFigure {
  @ApiProperty({ example: 'REVIEWS_DUE', description: 'What is counted as of today, e.g. REVIEWS_DUE, AWAITING_APPROVAL, TIER_RED, OVERDUE_VISITS.' }) key!: string;
  @ApiProperty({ example: 12 }) value!: number;
}

export class DashboardResponse {
  @ApiProperty({ example: '110105' }) division!: string;
  @ApiProperty({ example: '2024-01' }) from!: string;
  @ApiProperty({ example: '2024-12' }) to!: string;
  @ApiProperty({ example: '2024-12-05', description: 'The service’s today, which the figures are counted on.' }) asOf!: string;
  @ApiProperty({ type: [MonthlySeries] }) series!: MonthlySeries[];
  @ApiProperty({ type: [DashboardFigure] }) figures!: DashboardFigure[];
}
