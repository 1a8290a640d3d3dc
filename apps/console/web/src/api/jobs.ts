// Long work (a payroll run) is started with `Prefer: respond-async`: the service answers 202 with
// a job at once and the screen follows it at /api/svc/<service>/api/v1/jobs/{id} until it ends,
// showing how far it got. No request then waits on a city's payroll longer than the console's
// proxy allows, and the user sees it move instead of a spinner.
import { requestJson } from './http';
import { problemFromBody, ProblemError } from './problem';

/** The header that asks a long route for a job instead of an answer after the work. */
export const RESPOND_ASYNC = { Prefer: 'respond-async' } as const;

export interface JobProgress {
  done: number;
  total: number | null;
  unit: string;
}

export interface Job {
  id: string;
  status: 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'INTERRUPTED';
  progress: JobProgress;
  resultStatus: number | null;
  result: unknown;
  problem: unknown;
}

/** What a finished job answered: the status and body the route gives a caller who waits. */
export interface JobOutcome<T> {
  status: number;
  body: T;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Follows a service's job until it ends: its outcome, or its problem thrown as every failed request is. */
export async function followJob<T>(service: string, started: Job, onProgress: (progress: JobProgress) => void = () => undefined, everyMs = 1_000): Promise<JobOutcome<T>> {
  let job = started;
  onProgress(job.progress);
  while (job.status === 'RUNNING') {
    await pause(everyMs);
    job = await requestJson<Job>('GET', `/api/svc/${service}/api/v1/jobs/${job.id}`);
    onProgress(job.progress);
  }
  if (job.status === 'SUCCEEDED') return { status: job.resultStatus ?? 200, body: job.result as T };
  const problem = problemFromBody((job.problem as { status?: number } | null)?.status ?? 500, job.problem);
  throw new ProblemError(problem);
}

/** 已完成 37%: how far, when the work knows its size; else what is done so far. */
export function progressPercent(progress: JobProgress): number | null {
  if (!progress.total) return null;
  return Math.min(100, Math.floor((progress.done / progress.total) * 100));
}
