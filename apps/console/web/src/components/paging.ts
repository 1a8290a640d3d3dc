// A list's page and page size in the URL (?page=&pageSize=, or with a prefix when a screen shows
// two lists), so 后退 and a shared link come back to the same page.
import { useSearchParams } from 'react-router-dom';

const DEFAULT_PAGE_SIZE = 20;

export function usePagingParams(prefix = '') {
  const [params, setParams] = useSearchParams();
  const pageKey = `${prefix}page`;
  const sizeKey = `${prefix}pageSize`;
  const page = Math.max(1, Number(params.get(pageKey)) || 1);
  const pageSize = Math.min(100, Math.max(1, Number(params.get(sizeKey)) || DEFAULT_PAGE_SIZE));
  const setPage = (nextPage: number, nextSize: number) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.set(pageKey, String(nextSize === pageSize ? nextPage : 1));
        next.set(sizeKey, String(nextSize));
        return next;
      },
      { replace: false },
    );
  return { page, pageSize, setPage };
}

/** The Table's pagination for a page the service cut. */
export function tablePagination(state: ReturnType<typeof usePagingParams>, total: number | undefined, showTotal: (n: number) => string) {
  return { current: state.page, pageSize: state.pageSize, total: total ?? 0, showSizeChanger: true, showTotal, onChange: state.setPage };
}
