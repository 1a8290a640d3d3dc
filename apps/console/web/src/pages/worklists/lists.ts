// The work lists of 工作台 and how each is read from its service, a page at a time. Every list is
// the caller's division as the service decides it (the token's division); `total` counts the tab.
// A list narrowed to one person is read with the service's POST search, so the resident ID travels
// in the body and never in a URL.
import { civilRegistration, dataOf, elderlyCare, socialAssistance } from '../../api/services';
import type { components as CR } from '../../api/generated/civil-registration';
import type { components as EC } from '../../api/generated/elderly-care';
import type { components as SA } from '../../api/generated/social-assistance';
import type { WorkListKey } from './keys';

export type CaseItem = SA['schemas']['CaseWorkItem'];
export type VagrantItem = SA['schemas']['VagrantCaseResponse'];
export type CaseOverpayment = SA['schemas']['OverpaymentWorkItem'];
export type ElderOverpayment = EC['schemas']['OverpaymentWorkItem'];
export type DivorceItem = CR['schemas']['DivorceWorkItem'];
export type Program = CaseItem['program'];
export type CaseOverpaymentStatus = CaseOverpayment['status'];
export type OverpaymentSource = 'socialAssistance' | 'elderlyCare';

export interface Paging {
  page: number;
  pageSize: number;
}

/** What a list can be narrowed by; each list reads the filters it has. */
export interface ListFilters {
  program?: Program;
  /** A full resident ID, checked before it is sent. */
  residentId?: string;
  /** YYYY-MM-DD: reviews and re-checks due on or before (the service's today by default). */
  asOf?: string;
  status?: CaseOverpaymentStatus;
  source?: OverpaymentSource;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

const STAGES = {
  investigation: 'AWAITING_INVESTIGATION',
  notice: 'IN_PUBLIC_NOTICE',
  approval: 'AWAITING_APPROVAL',
} as const;

export type StageKey = keyof typeof STAGES;

export function fetchCases(stage: StageKey, filters: ListFilters, paging: Paging): Promise<Page<CaseItem>> {
  const query = { stage: STAGES[stage], program: filters.program, ...paging };
  if (filters.residentId) return dataOf(socialAssistance.POST('/api/v1/cases/search', { body: { ...query, residentId: filters.residentId } }));
  return dataOf(socialAssistance.GET('/api/v1/cases', { params: { query } }));
}

export function fetchReviewsDue(filters: ListFilters, paging: Paging): Promise<Page<CaseItem>> {
  return dataOf(socialAssistance.GET('/api/v1/work-lists/reviews-due', { params: { query: { asOf: filters.asOf, ...paging } } }));
}

export function fetchSchoolRechecks(filters: ListFilters, paging: Paging): Promise<Page<CaseItem>> {
  return dataOf(socialAssistance.GET('/api/v1/work-lists/school-rechecks-due', { params: { query: { asOf: filters.asOf, ...paging } } }));
}

export function fetchOverdueStays(paging: Paging): Promise<Page<VagrantItem>> {
  return dataOf(socialAssistance.GET('/api/v1/work-lists/overdue-vagrant-stays', { params: { query: paging } }));
}

export function fetchCaseOverpayments(filters: ListFilters, paging: Paging): Promise<Page<CaseOverpayment>> {
  const query = { status: filters.status, ...paging };
  if (filters.residentId) return dataOf(socialAssistance.POST('/api/v1/work-lists/overpayments/search', { body: { ...query, residentId: filters.residentId } }));
  return dataOf(socialAssistance.GET('/api/v1/work-lists/overpayments', { params: { query } }));
}

export function fetchElderOverpayments(filters: ListFilters, paging: Paging): Promise<Page<ElderOverpayment>> {
  if (filters.residentId) return dataOf(elderlyCare.POST('/api/v1/work-lists/overpayments/search', { body: { residentId: filters.residentId, ...paging } }));
  return dataOf(elderlyCare.GET('/api/v1/work-lists/overpayments', { params: { query: paging } }));
}

export function fetchCoolingOff(paging: Paging): Promise<Page<DivorceItem>> {
  return dataOf(civilRegistration.GET('/api/v1/divorces', { params: { query: { status: 'COOLING_OFF', ...paging } } }));
}

const FIRST: Paging = { page: 1, pageSize: 1 };

/** The count on a tab: `total` of the list without filters (overpayments: both services). */
export async function fetchCount(list: WorkListKey): Promise<number> {
  switch (list) {
    case 'investigation':
    case 'notice':
    case 'approval':
      return (await fetchCases(list, {}, FIRST)).total;
    case 'reviews':
      return (await fetchReviewsDue({}, FIRST)).total;
    case 'school':
      return (await fetchSchoolRechecks({}, FIRST)).total;
    case 'vagrant':
      return (await fetchOverdueStays(FIRST)).total;
    case 'overpayments': {
      const [cases, elders] = await Promise.all([fetchCaseOverpayments({}, FIRST), fetchElderOverpayments({}, FIRST)]);
      return cases.total + elders.total;
    }
    case 'divorces':
      return (await fetchCoolingOff(FIRST)).total;
  }
}
