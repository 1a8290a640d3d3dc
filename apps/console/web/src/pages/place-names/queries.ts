// 地名管理 through React Query and civil-registration's typed client: a page of the search, and
// recording a name (which refreshes every page of the search).
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../api/generated/civil-registration';
import { civilRegistration, dataOf } from '../../api/services';

export type PlaceName = components['schemas']['PlaceNameDto'];
export type RecordPlaceName = components['schemas']['RecordPlaceNameDto'];

export interface PlaceNameFilters {
  q?: string;
  regionCode?: string;
  kind?: RecordPlaceName['kind'];
}

const ROOT = ['place-names'] as const;

export function usePlaceNames(filters: PlaceNameFilters, page: number, pageSize: number) {
  return useQuery({
    queryKey: [...ROOT, filters, page, pageSize],
    queryFn: () => dataOf(civilRegistration.GET('/api/v1/place-names', { params: { query: { ...filters, page, pageSize } } })),
    placeholderData: keepPreviousData,
  });
}

export function useRecordPlaceName() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RecordPlaceName) => dataOf(civilRegistration.POST('/api/v1/place-names', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ROOT }),
  });
}
