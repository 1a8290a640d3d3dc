// The month a 发放名册 or 一卡通 screen shows lives in the URL (?month=YYYY-MM), so 后退 and a shared
// link come back to it; without one, this month on the Shanghai calendar.
import { useSearchParams } from 'react-router-dom';
import { todayInShanghai } from '../../format';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export function isMonth(value: string | null | undefined): value is string {
  return typeof value === 'string' && MONTH.test(value);
}

/** The month of the URL, its page and page size, and how to change them (a new month starts on page 1). */
export function useMonthParams(defaultPageSize = 20) {
  const [params, setParams] = useSearchParams();
  const asked = params.get('month');
  const month = isMonth(asked) ? asked : todayInShanghai().slice(0, 7);
  const page = Math.max(1, Number(params.get('page')) || 1);
  const pageSize = Math.min(100, Math.max(1, Number(params.get('pageSize')) || defaultPageSize));
  const write = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) next.set(key, value);
    setParams(next);
  };
  return {
    month,
    page,
    pageSize,
    params,
    setMonth: (next: string) => write({ month: next, page: '1' }),
    setPage: (nextPage: number, nextSize: number) => write({ page: String(nextSize === pageSize ? nextPage : 1), pageSize: String(nextSize) }),
    set: write,
  };
}
