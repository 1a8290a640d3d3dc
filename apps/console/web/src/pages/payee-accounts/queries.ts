// Data of 收款账户 through React Query and payments' typed client: a payee's accounts found by a
// POST search (the resident ID never in a URL), proposals awaiting a second person, one account in
// full with the reason for it (X-Unmask-Reason, audited by the service), a change, its
// confirmation or rejection, and bulk imports with their verdicts.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../api/generated/payments';
import { dataOf, payments } from '../../api/services';
import { unmaskHeaders } from '../person/unmask';

type S = components['schemas'];
export type PayeeAccount = S['PayeeAccountResponse'];
export type Proposal = S['ProposeAccountDto'];
export type ImportReport = S['AccountImportReportDto'];
export type AccountImport = S['AccountImportResponse'];

/** Whom to look up: a person by resident ID or an organisation by its id. */
export type Payee = { residentId: string } | { organisationId: string };

export interface Paging {
  page: number;
  pageSize: number;
}

const KEY = ['payments', 'payee-accounts'] as const;

export function useAccountSearch(payee: Payee | null, paging: Paging) {
  return useQuery({
    queryKey: [...KEY, 'search', payee, paging],
    enabled: payee !== null,
    queryFn: () => dataOf(payments.POST('/api/v1/payee-accounts/search', { body: { ...payee, ...paging } })),
    placeholderData: keepPreviousData,
  });
}

export function useAccountProposals(paging: Paging) {
  return useQuery({
    queryKey: [...KEY, 'proposals', paging],
    queryFn: () => dataOf(payments.GET('/api/v1/work-lists/account-proposals', { params: { query: paging } })),
    placeholderData: keepPreviousData,
  });
}

/** One account in full: the service checks the unmask role and audits the reason. */
export function useUnmaskAccount() {
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      dataOf(payments.GET('/api/v1/payee-accounts/{id}', { params: { path: { id } }, headers: unmaskHeaders({ reason, at: Date.now() }) })),
  });
}

function useAccountsMutation<A, R>(mutationFn: (argument: A) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }) });
}

export function usePropose() {
  return useAccountsMutation((body: Proposal) => dataOf(payments.POST('/api/v1/payee-accounts', { body })));
}

export function useConfirmAccount() {
  return useAccountsMutation((id: string) => dataOf(payments.POST('/api/v1/payee-accounts/{id}/confirm', { params: { path: { id } } })));
}

export function useRejectAccount() {
  return useAccountsMutation(({ id, reason }: { id: string; reason: string }) => dataOf(payments.POST('/api/v1/payee-accounts/{id}/reject', { params: { path: { id } }, body: { reason } })));
}

/** CSV or NDJSON as the file is, its type told by its name (.csv; anything else is read as JSON lines). */
export function useImportAccounts() {
  return useAccountsMutation(
    async (file: File) =>
      dataOf(
        payments.POST('/api/v1/payee-account-imports', {
          body: file as never,
          bodySerializer: (body: unknown) => body as Blob,
          headers: { 'Content-Type': /\.csv$/i.test(file.name) ? 'text/csv' : 'application/x-ndjson' },
        }),
      ) as Promise<ImportReport>,
  );
}

export function useAccountImport(id: string | null) {
  return useQuery({
    queryKey: [...KEY, 'import', id],
    enabled: id !== null,
    queryFn: () => dataOf(payments.GET('/api/v1/payee-account-imports/{id}', { params: { path: { id: id ?? '' } } })),
    retry: false,
  });
}

export function useConfirmImport() {
  return useAccountsMutation((id: string) => dataOf(payments.POST('/api/v1/payee-account-imports/{id}/confirm', { params: { path: { id } } })));
}
