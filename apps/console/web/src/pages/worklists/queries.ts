// Data of 工作台 through React Query: the open list's page and every tab's count.
import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import type { ListState } from './list-state';
import { WORK_LIST_KEYS, type WorkListKey } from './keys';
import { fetchCount, type Page } from './lists';

const COUNTS_KEY = ['work-list-counts'] as const;

/** One query per tab; a count that failed shows no number rather than a wrong one. */
export function useWorkListCounts(): Partial<Record<WorkListKey, number>> {
  const results = useQueries({
    queries: WORK_LIST_KEYS.map((list) => ({ queryKey: [...COUNTS_KEY, list], queryFn: () => fetchCount(list), staleTime: 30_000 })),
  });
  return Object.fromEntries(WORK_LIST_KEYS.flatMap((list, i) => (results[i].data === undefined ? [] : [[list, results[i].data]])));
}

/** The page of a list the state asks for, keeping the previous page on screen while the next loads. */
export function useWorkListPage<T>(name: string, state: Pick<ListState, 'page' | 'pageSize' | 'filters'>, fetch: (paging: { page: number; pageSize: number }) => Promise<Page<T>>) {
  const { page, pageSize, filters } = state;
  return useQuery({ queryKey: ['work-list', name, filters, page, pageSize], queryFn: () => fetch({ page, pageSize }), placeholderData: keepPreviousData });
}
