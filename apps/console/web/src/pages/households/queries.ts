// Households of social-assistance through React Query: one household, registration, and the
// composition changes (a member joins or leaves), each of which refreshes the household.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../api/generated/social-assistance';
import { dataOf, socialAssistance } from '../../api/services';

export type HouseholdResponse = components['schemas']['HouseholdResponse'];
export type MemberResponse = components['schemas']['MemberResponse'];
export type CreateHouseholdDto = components['schemas']['CreateHouseholdDto'];
export type MemberDto = components['schemas']['MemberDto'];
export type DepartureDto = components['schemas']['DepartureDto'];
export type CompositionChange = components['schemas']['CompositionChangeResponse'];

export const householdKey = (id: string) => ['social-assistance', 'households', id] as const;

/** One household; `id` undefined or empty: nothing is asked. */
export function useHousehold(id: string | undefined) {
  return useQuery({
    queryKey: householdKey(id ?? ''),
    queryFn: () => dataOf(socialAssistance.GET('/api/v1/households/{id}', { params: { path: { id: id ?? '' } } })),
    enabled: Boolean(id),
  });
}

export function useRegisterHousehold() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateHouseholdDto) => dataOf(socialAssistance.POST('/api/v1/households', { body })),
    onSuccess: (household) => queryClient.setQueryData(householdKey(household.id), household),
  });
}

function useCompositionChange<Input>(id: string, send: (input: Input) => Promise<CompositionChange>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (change) => {
      queryClient.setQueryData(householdKey(id), change.household);
      // The household's open 低保 case may have been reassessed or stopped.
      return queryClient.invalidateQueries({ queryKey: ['social-assistance', 'dibao'] });
    },
  });
}

export function useJoinMember(id: string) {
  return useCompositionChange(id, (body: MemberDto) => dataOf(socialAssistance.POST('/api/v1/households/{id}/members', { params: { path: { id } }, body })));
}

export function useDeparture(id: string) {
  return useCompositionChange(id, (body: DepartureDto) => dataOf(socialAssistance.POST('/api/v1/households/{id}/departures', { params: { path: { id } }, body })));
}
