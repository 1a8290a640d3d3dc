// Data of 发放名册 through React Query and the programme's own service (programmes.ts): the
// month's summary, its lines a page at a time (with the bank's outcome once payments reported
// it), the run and the approval.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { JobProgress } from '../../api/jobs';
import type { PayrollProgramme } from './programmes';

export type { PayrollLine, PayrollSummary } from './programmes';

const keyOf = (programme: PayrollProgramme) => ['payroll', programme.key] as const;

export function usePayrollSummary(programme: PayrollProgramme, month: string) {
  return useQuery({ queryKey: [...keyOf(programme), month, 'summary'], queryFn: () => programme.summary(month) });
}

export function usePayrollLines(programme: PayrollProgramme, month: string, page: number, pageSize: number) {
  return useQuery({
    queryKey: [...keyOf(programme), month, 'lines', page, pageSize],
    queryFn: () => programme.lines(month, page, pageSize),
    placeholderData: keepPreviousData,
  });
}

/** The run, followed as a job: `onProgress` hears how far it got until it ends. */
export function useRunPayroll(programme: PayrollProgramme, onProgress: (progress: JobProgress) => void) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (month: string) => programme.run(month, onProgress), onSuccess: () => queryClient.invalidateQueries({ queryKey: keyOf(programme) }) });
}

export function useApprovePayroll(programme: PayrollProgramme) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (month: string) => programme.approve(month), onSuccess: () => queryClient.invalidateQueries({ queryKey: keyOf(programme) }) });
}
