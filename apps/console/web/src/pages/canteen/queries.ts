// Data of the 助餐 screens through React Query and the canteen service's typed client: canteens,
// a canteen's funding and meals of a day, diners, and monthly settlements with their lines. Every
// list is a page the service cut (page, pageSize, total).
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../api/generated/canteen';
import { canteen, dataOf, SHORT_LIST } from '../../api/services';
import { ifMatch } from '../../api/http';

type Schemas = components['schemas'];
export type Canteen = Schemas['CanteenView'];
export type Funding = Schemas['FundingDto'];
export type DayMeal = Schemas['DayMealView'];
export type Diner = Schemas['DinerView'];
export type DinerRegistration = Schemas['RegisterDinerDto'];
export type DinerSearchItem = Schemas['PersonSearchItem'];
export type Settlement = Schemas['SettlementDto'];
export type MonthSettlements = Schemas['MonthSettlementsDto'];
export type SettlementLine = Schemas['SettlementLineItem'];

export interface Paging {
  page: number;
  pageSize: number;
}

const CANTEENS_KEY = ['canteen', 'canteens'] as const;
const DINERS_KEY = ['canteen', 'diners'] as const;
const SETTLEMENTS_KEY = ['canteen', 'settlements'] as const;

export function useCanteenPage(paging: Paging) {
  return useQuery({
    queryKey: [...CANTEENS_KEY, paging],
    queryFn: () => dataOf(canteen.GET('/api/v1/canteens', { params: { query: paging } })),
    placeholderData: keepPreviousData,
  });
}

/** The first 100 canteens of the user's division, for a picker (a division has far fewer). */
export function useCanteenChoices() {
  return useQuery({
    queryKey: [...CANTEENS_KEY, 'choices'],
    queryFn: () => dataOf(canteen.GET('/api/v1/canteens', { params: { query: { page: 1, pageSize: 100 } } })),
    staleTime: 60_000,
  });
}

export function useCanteen(id: string, enabled = true) {
  return useQuery({ queryKey: [...CANTEENS_KEY, id], enabled, queryFn: () => dataOf(canteen.GET('/api/v1/canteens/{id}', { params: { path: { id } } })) });
}

export function useFunding(id: string) {
  return useQuery({ queryKey: [...CANTEENS_KEY, id, 'funding'], queryFn: async () => (await dataOf(canteen.GET('/api/v1/canteens/{id}/funding', { params: { path: { id }, query: SHORT_LIST } }))).items });
}

export function useDayMeals(canteenId: string, date: string, paging: Paging) {
  return useQuery({
    queryKey: [...CANTEENS_KEY, canteenId, 'meals', date, paging],
    queryFn: () => dataOf(canteen.GET('/api/v1/meals', { params: { query: { canteenId, date, ...paging } } })),
    placeholderData: keepPreviousData,
    retry: false,
  });
}

export function useRegisterDiner() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: DinerRegistration) => dataOf(canteen.POST('/api/v1/diners', { body })) as Promise<Diner>,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: DINERS_KEY }),
  });
}

/** Diners registered at canteens of the user's division whose name contains `name`; off while name is empty. */
export function useDinerSearch(name: string, paging: Paging) {
  return useQuery({
    queryKey: [...DINERS_KEY, 'search', name, paging],
    enabled: name !== '',
    queryFn: () => dataOf(canteen.GET('/api/v1/people', { params: { query: { name, ...paging } } })),
    placeholderData: keepPreviousData,
  });
}

export function useDiner(id: string | null) {
  return useQuery({ queryKey: [...DINERS_KEY, id], enabled: id !== null, queryFn: () => dataOf(canteen.GET('/api/v1/diners/{id}', { params: { path: { id: id ?? '' } } })) });
}

export function useConfirmLocalRegistration() {
  const queryClient = useQueryClient();
  return useMutation({
    // As of the version the clerk saw: a diner changed meanwhile is refused (412), not overwritten.
    mutationFn: ({ id, version, localRegistration, evidence }: { id: string; version: number; localRegistration: boolean; evidence: string }) =>
      dataOf(canteen.PUT('/api/v1/diners/{id}/local-registration', { params: { path: { id } }, headers: ifMatch(version), body: { localRegistration, evidence } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: DINERS_KEY }),
  });
}

export function useMonthSettlements(month: string, paging: Paging) {
  return useQuery({
    queryKey: [...SETTLEMENTS_KEY, 'month', month, paging],
    queryFn: () => dataOf(canteen.GET('/api/v1/settlements', { params: { query: { month, ...paging } } })),
    placeholderData: keepPreviousData,
  });
}

export function useSettlement(id: string) {
  return useQuery({ queryKey: [...SETTLEMENTS_KEY, id], queryFn: () => dataOf(canteen.GET('/api/v1/settlements/{id}', { params: { path: { id } } })) });
}

export function useSettlementLines(id: string, paging: Paging) {
  return useQuery({
    queryKey: [...SETTLEMENTS_KEY, id, 'lines', paging],
    queryFn: () => dataOf(canteen.GET('/api/v1/settlements/{id}/lines', { params: { path: { id }, query: paging } })),
    placeholderData: keepPreviousData,
  });
}

/** A write that changes settlements: every settlement view is read again afterwards. */
function useSettlementChange<Input>(mutationFn: (input: Input) => Promise<Settlement>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: SETTLEMENTS_KEY }) });
}

export function useOpenSettlement() {
  return useSettlementChange((body: { canteenId: string; month: string }) => dataOf(canteen.POST('/api/v1/settlements', { body })));
}

export function useDisputeLine() {
  return useSettlementChange(({ id, lineId, reason }: { id: string; lineId: string; reason: string }) =>
    dataOf(canteen.POST('/api/v1/settlements/{id}/lines/{lineId}/dispute', { params: { path: { id, lineId } }, body: { reason } })),
  );
}

export function useResolveLine() {
  return useSettlementChange(({ id, lineId, outcome }: { id: string; lineId: string; outcome: 'ACCEPT' | 'REJECT' }) =>
    dataOf(canteen.POST('/api/v1/settlements/{id}/lines/{lineId}/resolve', { params: { path: { id, lineId } }, body: { outcome } })),
  );
}

export function useApproveSettlement() {
  return useSettlementChange((id: string) => dataOf(canteen.POST('/api/v1/settlements/{id}/approve', { params: { path: { id } } })));
}
