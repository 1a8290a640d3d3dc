// The dashboards of the four services through React Query and their typed clients
// (GET /api/v1/dashboard, the same query and answer on each). Each loads and fails on its own, so
// a service that is down or refuses leaves the others' figures on the screen.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { canteen, childWelfare, dataOf, elderlyCare, socialAssistance } from '../../api/services';
import type { Dashboard } from './figures';
import type { DashboardRange } from './range';

const query = (range: DashboardRange) => ({ from: range.from, to: range.to, ...(range.division && { division: range.division }) });
const options = { placeholderData: keepPreviousData, staleTime: 60_000 } as const;

export function useDashboards(range: DashboardRange) {
  const assistance = useQuery({
    queryKey: ['social-assistance', 'dashboard', range],
    queryFn: (): Promise<Dashboard> => dataOf(socialAssistance.GET('/api/v1/dashboard', { params: { query: query(range) } })),
    ...options,
  });
  const elderly = useQuery({
    queryKey: ['elderly-care', 'dashboard', range],
    queryFn: (): Promise<Dashboard> => dataOf(elderlyCare.GET('/api/v1/dashboard', { params: { query: query(range) } })),
    ...options,
  });
  const children = useQuery({
    queryKey: ['child-welfare', 'dashboard', range],
    queryFn: (): Promise<Dashboard> => dataOf(childWelfare.GET('/api/v1/dashboard', { params: { query: query(range) } })),
    ...options,
  });
  const canteens = useQuery({
    queryKey: ['canteen', 'dashboard', range],
    queryFn: (): Promise<Dashboard> => dataOf(canteen.GET('/api/v1/dashboard', { params: { query: query(range) } })),
    ...options,
  });
  return { assistance, elderly, children, canteens };
}
