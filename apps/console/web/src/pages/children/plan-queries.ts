// 一人一策 through React Query: the plan's versions (the one in force first) and agreeing a new one.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../api/generated/child-welfare';
import { childWelfare, dataOf } from '../../api/services';
import { childKey } from './queries';

export type PlanView = components['schemas']['PlanView'];
export type AgreePlanDto = components['schemas']['AgreePlanDto'];

const plansKey = (id: string) => [...childKey(id), 'plans'] as const;

/** The newest versions: the first is in force; `total` says how many there have been. */
export function usePlans(id: string) {
  return useQuery({ queryKey: plansKey(id), queryFn: () => dataOf(childWelfare.GET('/api/v1/children/{id}/plans', { params: { path: { id }, query: { page: 1, pageSize: 1 } } })) });
}

export function useAgreePlan(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AgreePlanDto) => dataOf(childWelfare.POST('/api/v1/children/{id}/plans', { params: { path: { id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: plansKey(id) }),
  });
}
