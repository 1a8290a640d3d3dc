// Data of 一卡通代发 through React Query and payments' typed client: a month's batches (paged),
// one batch and its lines (paged), assembly, release, the bank file's download, the bank's return
// file, held lines (paged) and the month's reconciliation.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../api/generated/payments';
import { dataOf, payments, SHORT_LIST } from '../../api/services';

type S = components['schemas'];
export type Batch = S['BatchResponse'];
export type BatchLine = S['BatchLineResponse'];
export type HeldLine = S['HeldLineItem'];
export type ReturnReport = S['ReturnReportResponse'];
export type Reconciliation = S['ReconciliationResponse'];
export type Bank = S['BankResponse'];

const PAYMENTS_KEY = ['payments'] as const;

export interface Paging {
  page: number;
  pageSize: number;
}

export function useBatches(month: string, paging: Paging) {
  return useQuery({
    queryKey: [...PAYMENTS_KEY, 'batches', month, paging],
    queryFn: () => dataOf(payments.GET('/api/v1/batches', { params: { query: { month, ...paging } } })),
    placeholderData: keepPreviousData,
  });
}

export function useBatch(id: string) {
  return useQuery({ queryKey: [...PAYMENTS_KEY, 'batch', id], queryFn: () => dataOf(payments.GET('/api/v1/batches/{id}', { params: { path: { id } } })) });
}

export function useBatchLines(id: string, paging: Paging) {
  return useQuery({
    queryKey: [...PAYMENTS_KEY, 'batch', id, 'lines', paging],
    queryFn: () => dataOf(payments.GET('/api/v1/batches/{id}/lines', { params: { path: { id }, query: paging } })),
    placeholderData: keepPreviousData,
  });
}

export function useHeldLines(month: string, paging: Paging) {
  return useQuery({
    queryKey: [...PAYMENTS_KEY, 'held', month, paging],
    queryFn: () => dataOf(payments.GET('/api/v1/work-lists/held-lines', { params: { query: { month, ...paging } } })),
    placeholderData: keepPreviousData,
  });
}

/** The reconciliation of a month, with the first `limit` lines that are not paid. */
export function useReconciliation(month: string, limit: number) {
  return useQuery({
    queryKey: [...PAYMENTS_KEY, 'reconciliation', month, limit],
    queryFn: () => dataOf(payments.GET('/api/v1/reconciliation', { params: { query: { month, limit } } })),
  });
}

export function useBanks() {
  return useQuery({ queryKey: [...PAYMENTS_KEY, 'banks'], queryFn: async () => (await dataOf(payments.GET('/api/v1/banks', { params: { query: SHORT_LIST } }))).items, staleTime: 300_000 });
}

/** Every write changes batches, lines and the reconciliation alike: all of payments' queries are read again. */
function useInvalidatingMutation<A, R>(mutationFn: (argument: A) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: PAYMENTS_KEY }) });
}

export function useAssemble() {
  return useInvalidatingMutation((month: string) => dataOf(payments.POST('/api/v1/batches', { body: { month } })));
}

export function useRelease() {
  return useInvalidatingMutation((id: string) => dataOf(payments.POST('/api/v1/batches/{id}/release', { params: { path: { id } } })));
}

/** The bank's return file as its bytes (GBK or UTF-8, as the bank's layout says); 200 = posted before. */
export function usePostReturn() {
  return useInvalidatingMutation(async ({ bankCode, file }: { bankCode: string; file: Blob }) =>
    dataOf(
      payments.POST('/api/v1/bank-returns', {
        params: { query: { bankCode } },
        body: file as never,
        bodySerializer: (body: unknown) => body as Blob,
        headers: { 'Content-Type': 'text/plain' },
      }),
    ) as Promise<ReturnReport>,
  );
}

/** The bank file as released, with the name the service gives it (Content-Disposition). */
export async function fetchBankFile(id: string): Promise<{ name: string; blob: Blob }> {
  const { data, response } = await payments.GET('/api/v1/batches/{id}/file', { params: { path: { id } }, parseAs: 'blob' });
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const name = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition)?.[1];
  return { name: name ? decodeURIComponent(name) : `${id}.txt`, blob: data as unknown as Blob };
}

export function useDownloadBankFile() {
  return useMutation({
    mutationFn: async (id: string) => {
      const { name, blob } = await fetchBankFile(id);
      const url = URL.createObjectURL(blob);
      const anchor = document.createElement('a');
      anchor.href = url;
      anchor.download = name;
      anchor.click();
      // The browser has taken the download once the click returns; the URL is no longer needed.
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      return name;
    },
  });
}
