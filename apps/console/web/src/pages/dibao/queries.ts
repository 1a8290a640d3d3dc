// 低保 cases through React Query: a case (with the service's assessment), its public-notice
// objections, every step from application to decision, and the decisions on a case being paid
// (suspend, resume, stop); each step refreshes the case.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../api/generated/social-assistance';
import { dataOf, SHORT_LIST, socialAssistance } from '../../api/services';
import type { StopDto } from '../../components/assistance/payment-actions';

export type ApplyDibaoDto = components['schemas']['ApplyDibaoDto'];
export type ObjectionResponse = components['schemas']['ObjectionResponse'];

export const dibaoKey = (id: string) => ['social-assistance', 'dibao', id] as const;
const objectionsKey = (id: string) => [...dibaoKey(id), 'objections'] as const;
const path = (id: string) => ({ params: { path: { id } } });

export function useDibaoCase(id: string) {
  return useQuery({ queryKey: dibaoKey(id), queryFn: () => dataOf(socialAssistance.GET('/api/v1/dibao/applications/{id}', path(id))), enabled: Boolean(id) });
}

export function useObjections(id: string, enabled: boolean) {
  return useQuery({ queryKey: objectionsKey(id), queryFn: async () => (await dataOf(socialAssistance.GET('/api/v1/dibao/applications/{id}/objections', { params: { path: { id }, query: SHORT_LIST } }))).items, enabled: enabled && Boolean(id) });
}

export function useApplyDibao() {
  return useMutation({ mutationFn: (body: ApplyDibaoDto) => dataOf(socialAssistance.POST('/api/v1/dibao/applications', { body })) });
}

/** A step on the case: afterwards the case (and its objections) are read again. */
function useCaseStep<Input, Output>(id: string, send: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: send, onSuccess: () => queryClient.invalidateQueries({ queryKey: dibaoKey(id) }) });
}

export function useStartNotice(id: string) {
  return useCaseStep(id, (investigation: string) => dataOf(socialAssistance.POST('/api/v1/dibao/applications/{id}/public-notice', { ...path(id), body: { investigation } })));
}

export function useRaiseObjection(id: string) {
  return useCaseStep(id, (objection: string) => dataOf(socialAssistance.POST('/api/v1/dibao/applications/{id}/objections', { ...path(id), body: { objection } })));
}

export function useResolveObjection(id: string) {
  return useCaseStep(id, ({ objectionId, resolution }: { objectionId: string; resolution: string }) =>
    dataOf(socialAssistance.POST('/api/v1/dibao/applications/{id}/objections/{objectionId}/resolve', { params: { path: { id, objectionId } }, body: { resolution } })),
  );
}

export function useApproveDibao(id: string) {
  return useCaseStep(id, (_: void) => dataOf(socialAssistance.POST('/api/v1/dibao/applications/{id}/approve', path(id))));
}

export function useRejectDibao(id: string) {
  return useCaseStep(id, (reason: string) => dataOf(socialAssistance.POST('/api/v1/dibao/applications/{id}/reject', { ...path(id), body: { reason } })));
}

export function useSuspendDibao(id: string) {
  return useCaseStep(id, (reason: string) => dataOf(socialAssistance.POST('/api/v1/dibao/applications/{id}/suspend', { ...path(id), body: { reason } })));
}

export function useResumeDibao(id: string) {
  return useCaseStep(id, (_: void) => dataOf(socialAssistance.POST('/api/v1/dibao/applications/{id}/resume', path(id))));
}

export function useStopDibao(id: string) {
  return useCaseStep(id, (body: StopDto) => dataOf(socialAssistance.POST('/api/v1/dibao/applications/{id}/stop', { ...path(id), body })));
}
