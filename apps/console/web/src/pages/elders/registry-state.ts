// The registry's filters live in the address (?township=&village=&ageBand=&name=, with the page
// and page size of ../canteen/paging), so 后退 and a shared link come back to the same list. A
// malformed value is no filter (the service would refuse it). New filters start on page 1.
import { useSearchParams } from 'react-router-dom';
import type { AgeBand, RegistryFilters } from './queries';

export const AGE_BANDS: readonly AgeBand[] = ['AGE_60_69', 'AGE_70_79', 'AGE_80_89', 'AGE_90_99', 'AGE_100_PLUS'];

const PATTERNS: Record<'township' | 'village' | 'name', RegExp> = { township: /^\d{9}$/, village: /^\d{12}$/, name: /^.{1,50}$/ };

export function parseRegistryFilters(params: URLSearchParams): RegistryFilters {
  const filters: RegistryFilters = {};
  for (const key of ['township', 'village', 'name'] as const) {
    const value = params.get(key)?.trim();
    if (value && PATTERNS[key].test(value)) filters[key] = value;
  }
  const band = AGE_BANDS.find((b) => b === params.get('ageBand'));
  if (band) filters.ageBand = band;
  return filters;
}

export function useRegistryFilters() {
  const [params, setParams] = useSearchParams();
  const setFilters = (next: RegistryFilters) =>
    setParams(() => {
      const search = new URLSearchParams();
      for (const [key, value] of Object.entries(next)) if (typeof value === 'string' && value.trim() !== '') search.set(key, value.trim());
      const size = params.get('pageSize');
      if (size) search.set('pageSize', size);
      return search;
    });
  return { filters: parseRegistryFilters(params), setFilters };
}
