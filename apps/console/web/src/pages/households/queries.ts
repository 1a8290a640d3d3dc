// Households of social-assistance through React Query: one household, its cases, registration,
// and the changes (a member joins or leaves, the assets or a member's income change), each of
// which refreshes the household and its cases (the open 低保 case is reassessed).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../api/generated/social-assistance';
import { dataOf, socialAssistance } from '../../api/services';

export type HouseholdResponse = components['schemas']['HouseholdResponse'];
export type MemberResponse = components['schemas']['MemberResponse'];
export type CreateHouseholdDto = components['schemas']['CreateHouseholdDto'];
export type MemberDto = components['schemas']['MemberDto'];
export type DepartureDto = components['schemas']['DepartureDto'];
export type CompositionChange = components['schemas']['CompositionChangeResponse'];
export type AssetChangeDto = components['schemas']['AssetChangeDto'];
export type IncomeChangeDto = components['schemas']['IncomeChangeDto'];
export type IncomeChangeOutcome = components['schemas']['IncomeChangeOutcome'];
export type HouseholdCase = components['schemas']['CaseWorkItem'];

/** The most cases 家庭详情 lists (the service's page size limit); a household has a handful. */
export const HOUSEHOLD_CASES_SHOWN = 100;

export const householdKey = (id: string) => ['social-assistance', 'households', id] as const;

/** One household; `id` undefined or empty: nothing is asked. */
export function useHousehold(id: string | undefined) {
  return useQuery({
    queryKey: householdKey(id ?? ''),
    queryFn: () => dataOf(socialAssistance.GET('/api/v1/households/{id}', { params: { path: { id: id ?? '' } } })),
    enabled: Boolean(id),
  });
}

/** The household's 低保 and 特困 cases, newest application first (GET /api/v1/cases?householdId=). */
export function useHouseholdCases(id: string) {
  return useQuery({
    queryKey: [...householdKey(id), 'cases'],
    queryFn: () => dataOf(socialAssistance.GET('/api/v1/cases', { params: { query: { householdId: id, pageSize: HOUSEHOLD_CASES_SHOWN } } })),
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

/** After a change the open 低保 case may have been reassessed or stopped: its page and the household's cases are read again. */
function refreshCases(queryClient: ReturnType<typeof useQueryClient>, id: string) {
  return Promise.all([queryClient.invalidateQueries({ queryKey: ['social-assistance', 'dibao'] }), queryClient.invalidateQueries({ queryKey: [...householdKey(id), 'cases'] })]);
}

function useCompositionChange<Input>(id: string, send: (input: Input) => Promise<CompositionChange>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (change) => {
      queryClient.setQueryData(householdKey(id), change.household);
      return refreshCases(queryClient, id);
    },
  });
}

export function useJoinMember(id: string) {
  return useCompositionChange(id, (body: MemberDto) => dataOf(socialAssistance.POST('/api/v1/households/{id}/members', { params: { path: { id } }, body })));
}

export function useDeparture(id: string) {
  return useCompositionChange(id, (body: DepartureDto) => dataOf(socialAssistance.POST('/api/v1/households/{id}/departures', { params: { path: { id } }, body })));
}

export function useAssetChange(id: string) {
  return useCompositionChange(id, (body: AssetChangeDto) => dataOf(socialAssistance.POST('/api/v1/households/{id}/asset-changes', { params: { path: { id } }, body })));
}

/** A member's incomes from now on; answers what happened to each open 低保 case (not the household). */
export function useIncomeChange(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: IncomeChangeDto) => dataOf(socialAssistance.POST('/api/v1/households/{id}/income-changes', { params: { path: { id } }, body })),
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: householdKey(id), exact: true }), refreshCases(queryClient, id)]),
  });
}
