// Which work list is open, its page and its filters live in the URL (?list=&page=&pageSize=&…),
// so 后退 and a shared link come back to the same list. A resident ID is the exception: it lives in
// the history entry's state, never in the address, which browser histories, proxies and access
// logs keep (as the person page does).
import { useLocation, useSearchParams } from 'react-router-dom';
import { parseList, type WorkListKey } from './keys';
import type { ListFilters } from './lists';

const DEFAULT_PAGE_SIZE = 20;
const URL_FILTER_KEYS = ['program', 'asOf', 'status', 'source'] as const;

interface HeldFilters {
  residentId?: string;
}

export function useListState() {
  const [params, setParams] = useSearchParams();
  const held = (useLocation().state as HeldFilters | null) ?? {};
  const list = parseList(params.get('list'));
  const page = Math.max(1, Number(params.get('page')) || 1);
  const pageSize = Math.min(100, Math.max(1, Number(params.get('pageSize')) || DEFAULT_PAGE_SIZE));
  const filters = {
    ...(Object.fromEntries(URL_FILTER_KEYS.flatMap((key) => (params.get(key) ? [[key, params.get(key)]] : []))) as ListFilters),
    ...(held.residentId ? { residentId: held.residentId } : {}),
  };

  const write = (next: { list: WorkListKey; page: number; pageSize: number; filters: ListFilters }) => {
    const search = new URLSearchParams({ list: next.list, page: String(next.page), pageSize: String(next.pageSize) });
    for (const key of URL_FILTER_KEYS) {
      const value = next.filters[key];
      if (value) search.set(key, value);
    }
    const state: HeldFilters | null = next.filters.residentId ? { residentId: next.filters.residentId } : null;
    setParams(search, { state });
  };
  return {
    list,
    page,
    pageSize,
    filters,
    /** Another tab starts on its first page, without the filters of this one. */
    openList: (next: WorkListKey) => write({ list: next, page: 1, pageSize, filters: {} }),
    setPage: (nextPage: number, nextSize: number) => write({ list, page: nextSize === pageSize ? nextPage : 1, pageSize: nextSize, filters }),
    setFilters: (next: ListFilters) => write({ list, page: 1, pageSize, filters: next }),
  };
}

export type ListState = ReturnType<typeof useListState>;
