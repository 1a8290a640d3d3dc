// Data of 发放名册 through React Query and elderly-care's typed client: the month's summary, its
// lines a page at a time (with the bank's outcome once payments reported it), the run and the
// approval.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../api/generated/elderly-care';
import { dataOf, elderlyCare } from '../../api/services';

export type PayrollLine = components['schemas']['PayrollLineResponse'];

interface Tally {
  lines: number;
  totalFen: number;
}

/**
 * What GET /api/v1/payroll answers (apps/elderly-care/src/payroll/payroll.service.ts
 * PayrollSummary); the service's OpenAPI document does not describe this body, so it is named here.
 */
export interface PayrollSummary {
  month: string;
  status: 'NOT_RUN' | 'RUN' | 'APPROVED';
  runBy: string[];
  approvedBy: string | null;
  approvedOn: string | null;
  created: number;
  lines: number;
  totalFen: number;
  byKind: Array<Tally & { kind: string }>;
  arrears: Tally;
  reissues: Tally;
  paid: Tally;
  failed: Tally;
}

const PAYROLL_KEY = ['elderly-care', 'payroll'] as const;

export function usePayrollSummary(month: string) {
  return useQuery({
    queryKey: [...PAYROLL_KEY, month, 'summary'],
    queryFn: async () => (await dataOf(elderlyCare.GET('/api/v1/payroll', { params: { query: { month } } }))) as unknown as PayrollSummary,
  });
}

export function usePayrollLines(month: string, page: number, pageSize: number) {
  return useQuery({
    queryKey: [...PAYROLL_KEY, month, 'lines', page, pageSize],
    queryFn: () => dataOf(elderlyCare.GET('/api/v1/payroll/lines', { params: { query: { month, page, pageSize } } })),
    placeholderData: keepPreviousData,
  });
}

export function useRunPayroll() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (month: string) => (await dataOf(elderlyCare.POST('/api/v1/payroll/runs', { body: { month } }))) as unknown as PayrollSummary,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: PAYROLL_KEY }),
  });
}

export function useApprovePayroll() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (month: string) => dataOf(elderlyCare.POST('/api/v1/payroll/{month}/approve', { params: { path: { month } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: PAYROLL_KEY }),
  });
}
