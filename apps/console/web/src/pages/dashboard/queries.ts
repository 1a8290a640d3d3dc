// The dashboards of the four services through React Query and their typed clients
// (GET /api/v1/dashboard, the same query and answer on each). Each loads and fails on its own, so
// a service that is down or refuses leaves the others' figures on the screen.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { canteen, childWelfare, dataOf, elderlyCare, socialAssistance } from '../../api/services';
import type { Dashboard } from './figures';
import type { DashboardRange } from './range';

type Query = { from: string; to: string; division?: string };

function useServiceDashboard(service: string, range: DashboardRange, read: (query: Query) => Promise<Dashboard>) {
  const query: Query = { from: range.from, to: range.to, ...(range.division && { division: range.division }) };
  return useQuery({ queryKey: [service, 'dashboard', range], queryFn: () => read(query), placeholderData: keepPreviousData, staleTime: 60_000 });
}

export function useDashboards(range: DashboardRange) {
  return {
    assistance: useServiceDashboard('social-assistance', range, (query) => dataOf(socialAssistance.GET('/api/v1/dashboard', { params: { query } }))),
    elderly: useServiceDashboard('elderly-care', range, (query) => dataOf(elderlyCare.GET('/api/v1/dashboard', { params: { query } }))),
    children: useServiceDashboard('child-welfare', range, (query) => dataOf(childWelfare.GET('/api/v1/dashboard', { params: { query } }))),
    canteens: useServiceDashboard('canteen', range, (query) => dataOf(canteen.GET('/api/v1/dashboard', { params: { query } }))),
  };
}
