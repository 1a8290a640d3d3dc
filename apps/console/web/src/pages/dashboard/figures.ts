// Reading the services' monthly series (libs/common/src/dashboard/dashboard.dto.ts, one shape for
// every service): a programme's values by month, the last month's, the range's sum. Pure.
import type { components } from '../../api/generated/social-assistance';

export type Dashboard = components['schemas']['DashboardResponse'];
export type MonthlySeries = components['schemas']['MonthlySeries'];
export type Measure = MonthlySeries['measure'];

/** The values of a programme's measure, one per month of `months` (0 where the service has none). */
export function valuesOf(dashboards: ReadonlyArray<Dashboard | undefined>, programme: string, measure: Measure, months: readonly string[]): number[] {
  const series = dashboards.flatMap((d) => d?.series ?? []).find((s) => s.programme === programme && s.measure === measure);
  const byMonth = new Map(series?.points.map((p) => [p.month, p.value]));
  return months.map((month) => byMonth.get(month) ?? 0);
}

export const lastOf = (values: readonly number[]): number => values[values.length - 1] ?? 0;
export const sumOf = (values: readonly number[]): number => values.reduce((sum, v) => sum + v, 0);

/** A figure of today (tiers, work waiting) from whichever service counts it; null while not loaded. */
export function figureOf(dashboards: ReadonlyArray<Dashboard | undefined>, key: string): number | null {
  return dashboards.flatMap((d) => d?.figures ?? []).find((f) => f.key === key)?.value ?? null;
}
