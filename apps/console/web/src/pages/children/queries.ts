// Child welfare through React Query: the ledger page, one child with what the service keeps
// about them, recording a visit (which refreshes the child and the ledger), and the township's
// overdue visits, a child's visits and history. Adoption: ./adoption-queries.ts.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { childWelfare, dataOf, SHORT_LIST } from '../../api/services';
import type { LedgerFilters, LedgerPaging } from './ledger-state';
import type { ChildRecord, HelpNeed, HistoryPage, LedgerPage, OverduePage, Pairing, Reassessment, RecordedVisit, RecordVisitDto, VisitPage } from './types';

/** A server page of a list. */
export interface Paging {
  page: number;
  pageSize: number;
}

/** Only the page and its size go to the service (the paging state also carries its setter). */
export const pageOf = ({ page, pageSize }: Paging): Paging => ({ page, pageSize });

export const ROOT = ['child-welfare'] as const;
const ledgerKey = [...ROOT, 'ledger'] as const;
export const childKey = (id: string) => [...ROOT, 'child', id] as const;
const path = (id: string) => ({ params: { path: { id } } });

export function useLedger(filters: LedgerFilters, paging: LedgerPaging) {
  return useQuery({
    queryKey: [...ledgerKey, filters, paging.page, paging.pageSize],
    queryFn: (): Promise<LedgerPage> => dataOf(childWelfare.GET('/api/v1/children', { params: { query: { ...filters, ...pageOf(paging) } } })),
    placeholderData: keepPreviousData,
  });
}

/** The service declares no schema for these reads; ./types.ts says what they answer. */
async function untyped<T>(call: Promise<{ data?: unknown; response: Response }>): Promise<T> {
  const body: unknown = await dataOf(call);
  return body as T;
}

export function useChild(id: string) {
  return useQuery({ queryKey: childKey(id), queryFn: () => untyped<ChildRecord>(childWelfare.GET('/api/v1/children/{id}', { ...path(id) })), enabled: Boolean(id) });
}

export function useHelpNeeds(id: string) {
  return useQuery({ queryKey: [...childKey(id), 'help-needs'], queryFn: async () => (await untyped<{ items: HelpNeed[] }>(childWelfare.GET('/api/v1/children/{id}/help-needs', { params: { path: { id }, query: SHORT_LIST } }))).items });
}

export function usePairings(id: string) {
  return useQuery({ queryKey: [...childKey(id), 'pairings'], queryFn: async () => (await untyped<{ items: Pairing[] }>(childWelfare.GET('/api/v1/children/{id}/pairings', { params: { path: { id }, query: SHORT_LIST } }))).items });
}

export function useReassessments(id: string) {
  return useQuery({ queryKey: [...childKey(id), 'reassessments'], queryFn: async () => (await untyped<{ items: Reassessment[] }>(childWelfare.GET('/api/v1/children/{id}/reassessments', { params: { path: { id }, query: SHORT_LIST } }))).items });
}

export function useAllowance(id: string) {
  return useQuery({ queryKey: [...childKey(id), 'allowance'], queryFn: () => untyped<unknown>(childWelfare.GET('/api/v1/children/{id}/allowance', { ...path(id) })) });
}

/** 记录走访: afterwards the child and every ledger page are read again (the tier may have moved). */
export function useRecordVisit(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RecordVisitDto) => untyped<RecordedVisit>(childWelfare.POST('/api/v1/children/{id}/visits', { ...path(id), body })),
    onSuccess: async () => {
      await Promise.all([queryClient.invalidateQueries({ queryKey: childKey(id) }), queryClient.invalidateQueries({ queryKey: ledgerKey }), queryClient.invalidateQueries({ queryKey: [...ROOT, 'overdue'] })]);
    },
  });
}

export function useOverdueVisits(township: string | null, paging: Paging) {
  return useQuery({
    queryKey: [...ROOT, 'overdue', township, paging.page, paging.pageSize],
    queryFn: (): Promise<OverduePage> => dataOf(childWelfare.GET('/api/v1/visits/overdue', { params: { query: { township: township ?? '', ...pageOf(paging) } } })),
    enabled: township !== null,
    placeholderData: keepPreviousData,
  });
}

export function useChildVisits(id: string, paging: Paging) {
  return useQuery({
    queryKey: [...childKey(id), 'visits', paging.page, paging.pageSize],
    queryFn: (): Promise<VisitPage> => dataOf(childWelfare.GET('/api/v1/children/{id}/visits', { params: { path: { id }, query: pageOf(paging) } })),
    placeholderData: keepPreviousData,
  });
}

export function useChildHistory(id: string, paging: Paging) {
  return useQuery({
    queryKey: [...childKey(id), 'history', paging.page, paging.pageSize],
    queryFn: (): Promise<HistoryPage> => dataOf(childWelfare.GET('/api/v1/children/{id}/history', { params: { path: { id }, query: pageOf(paging) } })),
    placeholderData: keepPreviousData,
  });
}
