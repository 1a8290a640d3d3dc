// Data of 死亡登记 and 死亡记录 through React Query and civil-registration's typed client: the
// report (with the X-Correlation-Id whose cascade the page watches) and the records of a person.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../api/generated/civil-registration';
import { civilRegistration, dataOf } from '../../api/services';

export type DeathReport = components['schemas']['RegisterDeathDto'];
export type Death = components['schemas']['DeathResponse'];
export type FuneralBenefit = components['schemas']['FuneralBenefitDto'];

/** created: false when the same death was already recorded (200): nothing new happens on the platform. */
export interface ReportOutcome {
  created: boolean;
  death: Death;
}

const DEATHS_KEY = ['deaths'] as const;

export function useReportDeath() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ report, correlationId }: { report: DeathReport; correlationId: string }): Promise<ReportOutcome> => {
      const { data, response } = await civilRegistration.POST('/api/v1/deaths', { body: report, headers: { 'X-Correlation-Id': correlationId } });
      return { created: response.status === 201, death: data as Death };
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: DEATHS_KEY }),
  });
}

/** The death records and funeral benefits of one person (as the service masks them); off while residentId is null. */
export function useDeathRecords(residentId: string | null) {
  return useQuery({
    queryKey: [...DEATHS_KEY, residentId],
    enabled: residentId !== null,
    queryFn: async () => {
      // POST searches: the resident ID travels in the body, never in a URL.
      const body = { residentId: residentId ?? '' };
      const [deaths, benefits] = await Promise.all([
        dataOf(civilRegistration.POST('/api/v1/deaths/search', { body })),
        dataOf(civilRegistration.POST('/api/v1/funeral-benefits/search', { body })),
      ]);
      return { deaths, benefits };
    },
  });
}
