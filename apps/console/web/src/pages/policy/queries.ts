// Data of 政策参数 through React Query. Every service serves the same policy API (the shared
// PolicyController), so one client type — elderly-care's generated paths for those routes — serves
// all, with the service chosen on the screen as the base path of the console's forwarding.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import createClient from 'openapi-fetch';
import type { components, paths } from '../../api/generated/elderly-care';
import { send } from '../../api/http';
import { dataOf, SHORT_LIST } from '../../api/services';
import type { PolicyServiceName } from './policy.zh-CN';

type PolicyPaths = Pick<paths, '/api/v1/policy-parameters' | '/api/v1/policy-parameters/keys' | '/api/v1/policy-parameters/end-open-period'>;
export type PolicyRow = components['schemas']['PolicyRowResponse'];
export type PolicyKeySummary = components['schemas']['PolicyKeySummaryResponse'];
export type PolicyKeyPage = components['schemas']['PolicyKeySummaryResponsePage'];

const clientOf = (service: PolicyServiceName) => createClient<PolicyPaths>({ baseUrl: `/api/svc/${service}`, fetch: send });

const POLICY_KEY = ['policy-parameters'] as const;

/** The catalogue's keys, a page at a time, as of `date` (the service's today when undefined). */
export function usePolicyKeys(service: PolicyServiceName, date: string | undefined, page: number, pageSize: number) {
  return useQuery({
    queryKey: [...POLICY_KEY, service, 'keys', date, page, pageSize],
    queryFn: () => dataOf(clientOf(service).GET('/api/v1/policy-parameters/keys', { params: { query: { date, page, pageSize } } })) as Promise<PolicyKeyPage>,
    placeholderData: (previous) => previous,
  });
}

/** Every period of one key, oldest first; off while no key is open. */
export function usePolicyHistory(service: PolicyServiceName, key: string | null) {
  return useQuery({
    queryKey: [...POLICY_KEY, service, 'history', key],
    enabled: key !== null,
    // A key has a handful of periods: one page of the largest size holds them all.
    queryFn: async () => (await dataOf(clientOf(service).GET('/api/v1/policy-parameters', { params: { query: { key: key ?? '', ...SHORT_LIST } } }))).items as PolicyRow[],
  });
}

export type NewPeriod = components['schemas']['AddPolicyParameterDto'];
/** A JSON value as the API types it (the text box gives whatever JSON.parse gave). */
export type PolicyValue = NewPeriod['value'];

export function useAddPeriod(service: PolicyServiceName) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (period: NewPeriod) => dataOf(clientOf(service).POST('/api/v1/policy-parameters', { body: period })) as Promise<PolicyRow>,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...POLICY_KEY, service] }),
  });
}

export function useEndOpenPeriod(service: PolicyServiceName) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (end: { key: string; lastDay: string }) => dataOf(clientOf(service).POST('/api/v1/policy-parameters/end-open-period', { body: end })) as Promise<PolicyRow>,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...POLICY_KEY, service] }),
  });
}
