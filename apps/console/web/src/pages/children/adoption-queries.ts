// 收养 through React Query: the child's assessments (paged by the service), the registered
// adoption, and recording either; a registration refreshes the child (new parents, categories).
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { childWelfare, dataOf } from '../../api/services';
import { childKey, pageOf, ROOT, type Paging } from './queries';
import type { AssessmentPage, RecordAssessmentDto, RegisterAdoptionDto } from './types';

const path = (id: string) => ({ params: { path: { id } } });
const assessmentsKey = (id: string) => [...childKey(id), 'adoption-assessments'] as const;

export function useAssessments(id: string, paging: Paging) {
  return useQuery({
    queryKey: [...assessmentsKey(id), paging.page, paging.pageSize],
    queryFn: (): Promise<AssessmentPage> => dataOf(childWelfare.GET('/api/v1/children/{id}/adoption-assessments', { params: { path: { id }, query: pageOf(paging) } })),
    placeholderData: keepPreviousData,
  });
}

/** The registered adoption; asked only of a child the service says was adopted. */
export function useAdoption(id: string, adopted: boolean) {
  return useQuery({ queryKey: [...childKey(id), 'adoption'], queryFn: async () => (await dataOf(childWelfare.GET('/api/v1/children/{id}/adoption', { ...path(id) }))) as unknown as { registeredOn: string; adopters: Array<{ name: string; residentId: string }> }, enabled: adopted });
}

export function useRecordAssessment(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RecordAssessmentDto) => dataOf(childWelfare.POST('/api/v1/children/{id}/adoption-assessments', { ...path(id), body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: assessmentsKey(id) }),
  });
}

export function useRegisterAdoption(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RegisterAdoptionDto) => dataOf(childWelfare.POST('/api/v1/children/{id}/adoption', { ...path(id), body })),
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: childKey(id) }), queryClient.invalidateQueries({ queryKey: [...ROOT, 'ledger'] })]),
  });
}
