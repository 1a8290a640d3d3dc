// Data of 结婚登记 and 离婚日历 through React Query and civil-registration's typed client.
import { useMutation, useQuery } from '@tanstack/react-query';
import type { components } from '../../api/generated/civil-registration';
import { civilRegistration, dataOf } from '../../api/services';

export type MarriageChecksRequest = components['schemas']['MarriageChecksDto'];
export type MarriageChecksResult = components['schemas']['MarriageChecksResultDto'];
export type RegisterMarriage = components['schemas']['RegisterMarriageDto'];
export type Marriage = components['schemas']['MarriageDto'];
export type RegistrationOffice = components['schemas']['RegistrationOfficeDto'];
export type DivorceWorkItem = components['schemas']['DivorceWorkItem'];

/** The offices and points of the user's division (the first 100, by code): where a couple registers. */
export function useRegistrationOffices() {
  return useQuery({
    queryKey: ['registration-offices'],
    queryFn: () => dataOf(civilRegistration.GET('/api/v1/registration-offices', { params: { query: { pageSize: 100 } } })),
    staleTime: 5 * 60_000,
  });
}

export function useMarriageChecks() {
  return useMutation({ mutationFn: (body: MarriageChecksRequest) => dataOf(civilRegistration.POST('/api/v1/marriages/checks', { body })) });
}

export function useRegisterMarriage() {
  return useMutation({ mutationFn: (body: RegisterMarriage) => dataOf(civilRegistration.POST('/api/v1/marriages', { body })) });
}

export const CALENDAR_PAGE_SIZE = 100;

/** The division's divorce applications with a date of their calendar in `month` ('YYYY-MM'): the first 100. */
export function useDivorceMonth(month: string) {
  return useQuery({
    queryKey: ['divorces', 'month', month],
    queryFn: () => dataOf(civilRegistration.GET('/api/v1/divorces', { params: { query: { month, pageSize: CALENDAR_PAGE_SIZE } } })),
    placeholderData: (previous) => previous,
  });
}
