// 特困 cases through React Query: a case, the application and the decision, the stop, the school
// re-check of a person admitted as a minor, and the figures in force that make up its monthly
// amount (the case response does not carry one).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../api/generated/social-assistance';
import { dataOf, socialAssistance } from '../../api/services';
import type { StopDto } from '../../components/assistance/payment-actions';

export type ApplyTekunDto = components['schemas']['ApplyTekunDto'];
export type SchoolStatusDto = components['schemas']['SchoolStatusDto'];

export const tekunKey = (id: string) => ['social-assistance', 'tekun', id] as const;
const path = (id: string) => ({ params: { path: { id } } });

export function useTekunCase(id: string) {
  return useQuery({ queryKey: tekunKey(id), queryFn: () => dataOf(socialAssistance.GET('/api/v1/tekun/applications/{id}', path(id))), enabled: Boolean(id) });
}

export function useApplyTekun() {
  return useMutation({ mutationFn: (body: ApplyTekunDto) => dataOf(socialAssistance.POST('/api/v1/tekun/applications', { body })) });
}

function useCaseStep<Input, Output>(id: string, send: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: send, onSuccess: () => queryClient.invalidateQueries({ queryKey: tekunKey(id) }) });
}

export function useApproveTekun(id: string) {
  return useCaseStep(id, (_: void) => dataOf(socialAssistance.POST('/api/v1/tekun/applications/{id}/approve', path(id))));
}

export function useRejectTekun(id: string) {
  return useCaseStep(id, (reason: string) => dataOf(socialAssistance.POST('/api/v1/tekun/applications/{id}/reject', { ...path(id), body: { reason } })));
}

export function useStopTekun(id: string) {
  return useCaseStep(id, (body: StopDto) => dataOf(socialAssistance.POST('/api/v1/tekun/applications/{id}/stop', { ...path(id), body })));
}

/** 在学核查: the case and the work lists (特困在学复核 and its count) are read again. */
export function useRecordSchoolStatus(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SchoolStatusDto) => dataOf(socialAssistance.POST('/api/v1/tekun/applications/{id}/school-status', { ...path(id), body })),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: tekunKey(id) }),
        queryClient.invalidateQueries({ queryKey: ['work-list'] }),
        queryClient.invalidateQueries({ queryKey: ['work-list-counts'] }),
      ]),
  });
}

/**
 * A policy figure in force on a day, as the service stores it (GET /api/v1/policy-parameters/in-force,
 * open to every reader). The generated client has no type for its body: the caller checks the value.
 */
export function usePolicyInForce(key: string, date: string | null) {
  return useQuery({
    queryKey: ['social-assistance', 'policy', key, date],
    queryFn: async () => {
      const body: unknown = await dataOf(socialAssistance.GET('/api/v1/policy-parameters/in-force', { params: { query: { key, date: date ?? '' } } }));
      return (body as { value?: unknown } | undefined)?.value;
    },
    enabled: date !== null,
    staleTime: 5 * 60_000,
  });
}
