// Data of 惠民殡葬 through React Query and civil-registration's typed client: the division's
// ledger a page at a time, one benefit with its payment lines, recording the claimant, approving.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../api/generated/civil-registration';
import { civilRegistration, dataOf } from '../../api/services';

type Schemas = components['schemas'];
export type LedgerItem = Schemas['FuneralBenefitLedgerItem'];
export type FuneralBenefit = Schemas['FuneralBenefitDetailDto'];
export type BenefitPayment = Schemas['FuneralBenefitPaymentDto'];
export type Claimant = Schemas['ClaimantDto'];

export interface LedgerFilters {
  month?: string;
  status?: 'GRANTED' | 'CLAIMED' | 'APPROVED';
  page: number;
  pageSize: number;
}

const KEY = ['civil-registration', 'funeral-benefits'] as const;

export function useFuneralLedger(filters: LedgerFilters) {
  return useQuery({
    queryKey: [...KEY, 'ledger', filters],
    queryFn: () => dataOf(civilRegistration.GET('/api/v1/funeral-benefits/ledger', { params: { query: filters } })),
    placeholderData: keepPreviousData,
  });
}

export function useFuneralBenefit(id: string) {
  return useQuery({
    queryKey: [...KEY, id],
    queryFn: () => dataOf(civilRegistration.GET('/api/v1/funeral-benefits/{id}', { params: { path: { id } } })),
    retry: false,
  });
}

export function useRecordClaimant(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Claimant) => dataOf(civilRegistration.POST('/api/v1/funeral-benefits/{id}/claimant', { params: { path: { id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
}

export function useApproveBenefit(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => dataOf(civilRegistration.POST('/api/v1/funeral-benefits/{id}/approve', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
}
