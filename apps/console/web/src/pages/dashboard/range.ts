// The dashboard's division and months live in the URL (?division=&from=&to=), so 后退 and a shared
// link come back to the same figures. Parsing is pure (tested); the hook wraps it. Without months,
// the twelve months to this one on the Shanghai calendar; without a division, the user's own (the
// services answer the caller's division by default).
import { useSearchParams } from 'react-router-dom';
import { todayInShanghai } from '../../format';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const DIVISION = /^(\d{6}|\d{9}|\d{12})$/;
export const MAX_MONTHS = 36;

export interface DashboardRange {
  from: string;
  to: string;
  division?: string;
}

const index = (month: string): number => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
const monthAt = (i: number): string => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;

/** Months from `from` to `to` in order, both included. */
export function monthsBetween(from: string, to: string): string[] {
  return Array.from({ length: Math.max(0, index(to) - index(from) + 1) }, (_, i) => monthAt(index(from) + i));
}

/** A range the services accept: both months, in order, at most 36 of them. */
export function isRange(from: string | null | undefined, to: string | null | undefined): boolean {
  if (!from || !to || !MONTH.test(from) || !MONTH.test(to)) return false;
  const count = index(to) - index(from) + 1;
  return count >= 1 && count <= MAX_MONTHS;
}

export const isDivision = (value: string | null | undefined): value is string => typeof value === 'string' && DIVISION.test(value);

/** What the address asks for; a malformed range is the default one, a malformed division none. */
export function parseRange(params: URLSearchParams, today: string = todayInShanghai()): DashboardRange {
  const division = params.get('division');
  const from = params.get('from');
  const to = params.get('to');
  const thisMonth = today.slice(0, 7);
  const months = isRange(from, to) ? { from: from!, to: to! } : { from: monthAt(index(thisMonth) - 11), to: thisMonth };
  return { ...months, ...(isDivision(division) && { division }) };
}

export function rangeSearch(range: DashboardRange): URLSearchParams {
  const search = new URLSearchParams({ from: range.from, to: range.to });
  if (range.division) search.set('division', range.division);
  return search;
}

export function useDashboardRange() {
  const [params, setParams] = useSearchParams();
  return { range: parseRange(params), setRange: (next: DashboardRange) => setParams(rangeSearch(next)) };
}
