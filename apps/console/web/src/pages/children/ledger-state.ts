// The ledger's filters and page live in the URL (?village=&township=&tier=&category=&page=&pageSize=),
// so 后退 and a shared link come back to the same list. Parsing is pure (tested); the hook wraps it.
import { useSearchParams } from 'react-router-dom';
import type { ChildCategory, RiskTier } from './types';

export const RISK_TIERS: readonly RiskTier[] = ['RED', 'ORANGE', 'GREEN'];
export const CHILD_CATEGORIES: readonly ChildCategory[] = ['ORPHAN', 'DE_FACTO_UNSUPPORTED', 'SPECIAL_DIFFICULTY', 'IN_DIFFICULTY', 'RURAL_LEFT_BEHIND'];
const DEFAULT_PAGE_SIZE = 20;

export interface LedgerFilters {
  village?: string;
  township?: string;
  tier?: RiskTier;
  category?: ChildCategory;
}

export interface LedgerPaging {
  page: number;
  pageSize: number;
}

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined => values.find((v) => v === value);

/** What the address asks for; anything malformed is no filter (the service would refuse it). */
export function parseLedgerParams(params: URLSearchParams): { filters: LedgerFilters; paging: LedgerPaging } {
  const village = params.get('village');
  const township = params.get('township');
  const filters: LedgerFilters = {
    ...(village && /^\d{12}$/.test(village) && { village }),
    ...(township && /^\d{9}$/.test(township) && { township }),
    ...(oneOf(RISK_TIERS, params.get('tier')) && { tier: oneOf(RISK_TIERS, params.get('tier')) }),
    ...(oneOf(CHILD_CATEGORIES, params.get('category')) && { category: oneOf(CHILD_CATEGORIES, params.get('category')) }),
  };
  const page = Math.max(1, Math.floor(Number(params.get('page'))) || 1);
  const pageSize = Math.min(100, Math.max(1, Math.floor(Number(params.get('pageSize'))) || DEFAULT_PAGE_SIZE));
  return { filters, paging: { page, pageSize } };
}

export function ledgerSearch(filters: LedgerFilters, paging: LedgerPaging): URLSearchParams {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) search.set(key, String(value));
  search.set('page', String(paging.page));
  search.set('pageSize', String(paging.pageSize));
  return search;
}

export function useLedgerState() {
  const [params, setParams] = useSearchParams();
  const { filters, paging } = parseLedgerParams(params);
  return {
    filters,
    paging,
    /** New filters start on the first page. */
    setFilters: (next: LedgerFilters) => setParams(ledgerSearch(next, { page: 1, pageSize: paging.pageSize })),
    setTier: (tier: RiskTier | undefined) => setParams(ledgerSearch({ ...filters, tier }, { page: 1, pageSize: paging.pageSize })),
    setPage: (page: number, pageSize: number) => setParams(ledgerSearch(filters, { page: pageSize === paging.pageSize ? page : 1, pageSize })),
  };
}

export type LedgerState = ReturnType<typeof useLedgerState>;
