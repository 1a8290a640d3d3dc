import type { ProblemBody } from '../http/problem';

export type JobStatus = 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'INTERRUPTED';

/** What a job says of itself at GET /api/v1/jobs/{id}. */
export interface JobView {
  id: string;
  kind: string;
  status: JobStatus;
  progress: { done: number; total: number | null; unit: string };
  requestedBy: string;
  requestedAt: string;
  finishedAt: string | null;
  /** SUCCEEDED: the status and body the route would have answered had the caller waited. */
  resultStatus: number | null;
  result: unknown;
  /** SUCCEEDED: where the result is read afterwards, when it has a home of its own. */
  resultLocation: string | null;
  /** FAILED or INTERRUPTED: the problem the route would have answered. */
  problem: ProblemBody | null;
}

export interface JobRow {
  id: string;
  kind: string;
  status: JobStatus;
  unit: string;
  done: string;
  total: string | null;
  requested_by: string;
  requested_at: Date;
  finished_at: Date | null;
  result_status: number | null;
  result: unknown;
  result_location: string | null;
  problem: ProblemBody | null;
}

export function jobView(row: JobRow): JobView {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    progress: { done: Number(row.done), total: row.total === null ? null : Number(row.total), unit: row.unit },
    requestedBy: row.requested_by,
    requestedAt: row.requested_at.toISOString(),
    finishedAt: row.finished_at?.toISOString() ?? null,
    resultStatus: row.result_status,
    result: row.result ?? null,
    resultLocation: row.result_location,
    problem: row.problem,
  };
}
