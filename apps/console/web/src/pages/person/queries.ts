// Data of 一人一档 through React Query: each service's person view (POST /api/v1/people/file, the
// resident ID in the body so that it stays out of URLs and access logs), in parallel and each on
// its own, so one service down or refusing leaves the others on the page; and each service's name
// search (GET /api/v1/people?name=), the first 100 matches of each.
import { useQueries, useQuery } from '@tanstack/react-query';
import { canteen, childWelfare, civilRegistration, dataOf, elderlyCare, socialAssistance } from '../../api/services';
import { fileStateOf, type FileState } from './file-state';
import type { Page, PersonFiles, SearchItems, ServiceKey } from './types';
import { unmaskHeaders, type Unmasking } from './unmask';

type Headers = Record<string, string> | undefined;

const FETCH_FILE: { [K in ServiceKey]: (residentId: string, headers: Headers) => Promise<PersonFiles[K]> } = {
  socialAssistance: (residentId, headers) => dataOf(socialAssistance.POST('/api/v1/people/file', { body: { residentId }, headers })),
  elderlyCare: (residentId, headers) => dataOf(elderlyCare.POST('/api/v1/people/file', { body: { residentId }, headers })),
  childWelfare: (residentId, headers) => dataOf(childWelfare.POST('/api/v1/people/file', { body: { residentId }, headers })),
  canteen: (residentId, headers) => dataOf(canteen.POST('/api/v1/people/file', { body: { residentId }, headers })),
  civilRegistration: (residentId, headers) => dataOf(civilRegistration.POST('/api/v1/people/file', { body: { residentId }, headers })),
};

export function usePersonFile<K extends ServiceKey>(service: K, residentId: string, unmasking: Unmasking | null) {
  return useQuery({
    queryKey: ['person', residentId, service, unmasking?.at ?? 'masked'],
    queryFn: () => FETCH_FILE[service](residentId, unmaskHeaders(unmasking)),
    // Full values: fetched once per 查看完整信息 (each fetch is audited), forgotten once unused.
    ...(unmasking ? { staleTime: Infinity, gcTime: 0, retry: false } : {}),
  });
}

/** The most a service lists per page; more matches than this are reported, not paged through. */
export const SEARCH_LIMIT = 100;

const FETCH_SEARCH: { [K in ServiceKey]: (name: string) => Promise<Page<SearchItems[K]>> } = {
  socialAssistance: (name) => dataOf(socialAssistance.GET('/api/v1/people', { params: { query: { name, page: 1, pageSize: SEARCH_LIMIT } } })),
  elderlyCare: (name) => dataOf(elderlyCare.GET('/api/v1/people', { params: { query: { name, page: 1, pageSize: SEARCH_LIMIT } } })),
  childWelfare: (name) => dataOf(childWelfare.GET('/api/v1/people', { params: { query: { name, page: 1, pageSize: SEARCH_LIMIT } } })),
  canteen: (name) => dataOf(canteen.GET('/api/v1/people', { params: { query: { name, page: 1, pageSize: SEARCH_LIMIT } } })),
  civilRegistration: (name) => dataOf(civilRegistration.GET('/api/v1/people', { params: { query: { name, page: 1, pageSize: SEARCH_LIMIT } } })),
};

export function usePersonSearch<K extends ServiceKey>(service: K, name: string) {
  return useQuery({ queryKey: ['person-search', service, name], queryFn: () => FETCH_SEARCH[service](name), enabled: name !== '' });
}

export type PersonFileStates = { [K in ServiceKey]: FileState<PersonFiles[K]> };

/** The five person views at once, each in its own state, and a way to ask one again. */
export function usePersonFiles(residentId: string, unmasking: Unmasking | null) {
  const queries = {
    socialAssistance: usePersonFile('socialAssistance', residentId, unmasking),
    elderlyCare: usePersonFile('elderlyCare', residentId, unmasking),
    childWelfare: usePersonFile('childWelfare', residentId, unmasking),
    canteen: usePersonFile('canteen', residentId, unmasking),
    civilRegistration: usePersonFile('civilRegistration', residentId, unmasking),
  };
  const states: PersonFileStates = {
    socialAssistance: fileStateOf(queries.socialAssistance),
    elderlyCare: fileStateOf(queries.elderlyCare),
    childWelfare: fileStateOf(queries.childWelfare),
    canteen: fileStateOf(queries.canteen),
    civilRegistration: fileStateOf(queries.civilRegistration),
  };
  const retry = (service: ServiceKey) => void queries[service].refetch();
  return { states, retry };
}

/** A case's assessment: the household's monthly benefit computed for a month. */
export type CaseAssessment = NonNullable<Awaited<ReturnType<typeof fetchCase>>['assessment']>;

function fetchCase(program: 'DIBAO' | 'TEKUN', id: string) {
  const params = { params: { path: { id } } };
  return program === 'TEKUN' ? dataOf(socialAssistance.GET('/api/v1/tekun/applications/{id}', params)) : dataOf(socialAssistance.GET('/api/v1/dibao/applications/{id}', params));
}

/**
 * The assessment (the household's monthly benefit as computed) of each of the person's cases:
 * the person view lists cases without it, so each case is read as its own page would read it.
 * A case that cannot be read simply has no amount.
 */
export function useCaseAssessments(cases: ReadonlyArray<{ id: string; program: 'DIBAO' | 'TEKUN' }>): ReadonlyMap<string, CaseAssessment> {
  const results = useQueries({ queries: cases.map((c) => ({ queryKey: ['case', c.program, c.id], queryFn: () => fetchCase(c.program, c.id), staleTime: 60_000 })) });
  return new Map(cases.flatMap((c, i) => {
    const assessment = results[i].data?.assessment;
    return assessment ? [[c.id, assessment] as const] : [];
  }));
}
