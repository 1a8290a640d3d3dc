// Data of the 养老服务 screens through React Query and elderly-care's typed client: the registry
// (a page the service cut), its import, one elder by the opaque id with an assessment and an
// order recorded for them, the division's home care orders with their steps, and settlements.
import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import type { components, operations } from '../../api/generated/elderly-care';
import { dataOf, elderlyCare, SHORT_LIST } from '../../api/services';
import type { ImportFormat } from './import-lines';

type Schemas = components['schemas'];
export type ElderListItem = Schemas['ElderListItem'];
export type ElderFile = Schemas['ElderFile'];
export type ImportReport = Schemas['ElderImportReportDto'];
export type ElderAssessment = Schemas['ElderAssessmentDto'];
export type AssessmentRecord = Schemas['AssessmentRecord'];
export type OrderListItem = Schemas['OrderListItem'];
export type SettlementListItem = Schemas['SettlementListItem'];
export type OrderStatus = OrderListItem['status'];

/** The service declares no schema for these answers (its entities, field for field). */
export interface CatalogueItem {
  id: string;
  code: string;
  itemName: string;
  unit: string;
  priceFen: number;
  subsidyFen: number;
}
export type Provider = Schemas['ProviderListItem'];

export interface Paging {
  page: number;
  pageSize: number;
}
type ElderQuery = NonNullable<operations['ElderRegistryController_list']['parameters']['query']>;
export type AgeBand = NonNullable<ElderQuery['ageBand']>;
export type RegistryFilters = Pick<ElderQuery, 'township' | 'village' | 'ageBand' | 'name'>;

const ROOT = ['elderly-care'] as const;
const ELDERS: QueryKey = [...ROOT, 'elders'];
const ORDERS: QueryKey = [...ROOT, 'orders'];
const SETTLEMENTS: QueryKey = [...ROOT, 'settlements'];
const path = (id: string) => ({ params: { path: { id } } });

async function untyped<T>(call: Promise<{ data?: unknown; response: Response }>): Promise<T> {
  return (await dataOf(call)) as T;
}

export function useElderList(filters: RegistryFilters, paging: Paging) {
  return useQuery({ queryKey: [...ELDERS, 'list', filters, paging], queryFn: () => dataOf(elderlyCare.GET('/api/v1/elders', { params: { query: { ...filters, ...paging } } })), placeholderData: keepPreviousData });
}

/** The list as typed or read from a file; every line gets a verdict. */
export function useImportElders() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ text, format }: { text: string; format: ImportFormat }) =>
      dataOf(elderlyCare.POST('/api/v1/elders/import', { body: text as never, bodySerializer: (body: unknown) => body as string, headers: { 'Content-Type': format } })) as Promise<ImportReport>,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ELDERS }),
  });
}

export function useElderFile(id: string) {
  return useQuery({ queryKey: [...ELDERS, 'file', id], queryFn: () => dataOf(elderlyCare.GET('/api/v1/elders/records/{id}', path(id))), retry: false });
}

/** Invalidates the elder's page and the order lists after a write about the elder. */
function useElderWrite<A, R>(id: string, write: (arg: A) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: [...ELDERS, 'file', id] }), queryClient.invalidateQueries({ queryKey: ORDERS })]),
  });
}

export function useRecordAssessment(id: string) {
  return useElderWrite(id, (body: ElderAssessment) => untyped<AssessmentRecord>(elderlyCare.POST('/api/v1/elders/records/{id}/assessments', { ...path(id), body })));
}

export function useOrderForElder(id: string) {
  return useElderWrite(id, (itemCode: string) => untyped<{ id: string }>(elderlyCare.POST('/api/v1/elders/records/{id}/home-care-orders', { ...path(id), body: { itemCode } })));
}

/** The catalogue in force today: a short list (10+N items) for a picker. */
export function useCatalogue() {
  return useQuery({ queryKey: [...ROOT, 'catalogue'], queryFn: async () => (await untyped<{ items: CatalogueItem[] }>(elderlyCare.GET('/api/v1/home-care/catalogue', { params: { query: SHORT_LIST } }))).items, staleTime: 60_000 });
}

/** The first 100 providers of the user's division (a district has a handful), for a picker. */
export function useProviders() {
  return useQuery({
    queryKey: [...ROOT, 'providers'],
    queryFn: async (): Promise<Provider[]> => (await dataOf(elderlyCare.GET('/api/v1/home-care/providers', { params: { query: SHORT_LIST } }))).items,
    staleTime: 60_000,
  });
}

export interface OrderFilters {
  status?: OrderStatus;
  month?: string;
}

export function useOrderList(filters: OrderFilters, paging: Paging) {
  return useQuery({
    queryKey: [...ORDERS, filters, paging],
    queryFn: () => dataOf(elderlyCare.GET('/api/v1/home-care/orders', { params: { query: { ...filters, ...paging } } })),
    placeholderData: keepPreviousData,
  });
}

export type OrderStep = { action: 'assign'; providerId: string } | { action: 'check-in' | 'check-out'; at?: string } | { action: 'confirm' };

/** One step of the order flow (派单, 签到, 签退, 老人确认); the lists are read again. */
export function useOrderStep() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, step }: { id: string; step: OrderStep }) => {
      if (step.action === 'assign') return untyped(elderlyCare.POST('/api/v1/home-care/orders/{id}/assign', { ...path(id), body: { providerId: step.providerId } }));
      if (step.action === 'confirm') return untyped(elderlyCare.POST('/api/v1/home-care/orders/{id}/confirm', path(id)));
      const body = step.at ? { at: step.at } : {};
      if (step.action === 'check-in') return untyped(elderlyCare.POST('/api/v1/home-care/orders/{id}/check-in', { ...path(id), body }));
      return untyped(elderlyCare.POST('/api/v1/home-care/orders/{id}/check-out', { ...path(id), body }));
    },
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: ORDERS }), queryClient.invalidateQueries({ queryKey: ELDERS })]),
  });
}

export function useSettlementList(month: string, paging: Paging) {
  return useQuery({
    queryKey: [...SETTLEMENTS, month, paging],
    queryFn: () => dataOf(elderlyCare.GET('/api/v1/home-care/settlements', { params: { query: { month, ...paging } } })),
    placeholderData: keepPreviousData,
  });
}

function useSettlementWrite<A, R>(write: (arg: A) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: write, onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: SETTLEMENTS }), queryClient.invalidateQueries({ queryKey: ORDERS })]) });
}

export function useCreateSettlement() {
  return useSettlementWrite((body: { providerId: string; month: string }) => untyped<{ created: boolean }>(elderlyCare.POST('/api/v1/home-care/settlements', { body })));
}

export function useApproveSettlement() {
  return useSettlementWrite((id: string) => untyped(elderlyCare.POST('/api/v1/home-care/settlements/{id}/approve', path(id))));
}
