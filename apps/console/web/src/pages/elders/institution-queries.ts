// Institutions through React Query: the division's institutions (a page the service cut), one
// institution's beds with their occupants, 办理离院, and the elder page's admission and 家庭养老床位.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../api/generated/elderly-care';
import { dataOf, elderlyCare } from '../../api/services';
import type { Paging } from './queries';

type Schemas = components['schemas'];
export type InstitutionListItem = Schemas['InstitutionListItem'];
export type BedItem = Schemas['BedItem'];
export type ElderAdmission = Schemas['ElderAdmissionDto'];
export type ElderHomeCareBed = Schemas['ElderHomeCareBedDto'];

const INSTITUTIONS = ['elderly-care', 'institutions'] as const;
const ELDERS = ['elderly-care', 'elders'] as const;

export function useInstitutionList(paging: Paging) {
  return useQuery({ queryKey: [...INSTITUTIONS, 'list', paging], queryFn: () => dataOf(elderlyCare.GET('/api/v1/institutions', { params: { query: paging } })), placeholderData: keepPreviousData });
}

/** The first 100 institutions of the division, for a picker (a district has about fifteen). */
export function useInstitutionChoices() {
  return useInstitutionList({ page: 1, pageSize: 100 });
}

export function useInstitutionBeds(id: string, paging: Paging) {
  return useQuery({
    queryKey: [...INSTITUTIONS, id, 'beds', paging],
    queryFn: () => dataOf(elderlyCare.GET('/api/v1/institutions/{id}/beds', { params: { path: { id }, query: paging } })),
    placeholderData: keepPreviousData,
    retry: false,
  });
}

/** After a stay begins or ends, the institutions, their beds and the elders' pages are read again. */
function useStayWrite<A>(write: (arg: A) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: write, onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: INSTITUTIONS }), queryClient.invalidateQueries({ queryKey: ELDERS })]) });
}

export function useDischarge() {
  return useStayWrite(({ stayId, dischargedOn, reason }: { stayId: string; dischargedOn: string; reason: Schemas['DischargeDto']['reason'] }) =>
    dataOf(elderlyCare.POST('/api/v1/admissions/{id}/discharge', { params: { path: { id: stayId } }, body: { dischargedOn, reason } })),
  );
}

export function useAdmitElder(elderId: string) {
  return useStayWrite((body: ElderAdmission) => dataOf(elderlyCare.POST('/api/v1/elders/records/{id}/admissions', { params: { path: { id: elderId } }, body })));
}

export function useContractHomeCareBed(elderId: string) {
  return useStayWrite((body: ElderHomeCareBed) => dataOf(elderlyCare.POST('/api/v1/elders/records/{id}/home-care-beds', { params: { path: { id: elderId } }, body })));
}
