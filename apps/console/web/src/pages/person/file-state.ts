// What one service said about a person (or a search), as the page shows it: still loading, found,
// no record (404 PERSON.NOT_FOUND), not allowed (403: outside the caller's division, or not their
// role), or failed (a service down, anything else) with its problem. Pure.
import { isProblemError, type Problem } from '../../api/problem';

export type FileState<T> =
  | { kind: 'loading' }
  | { kind: 'found'; data: T }
  | { kind: 'none' }
  | { kind: 'forbidden'; problem: Problem }
  | { kind: 'failed'; problem: Problem };

/** The part of a React Query result this needs. */
export interface QueryLike<T> {
  data?: T;
  error: unknown;
  isPending: boolean;
}

function problemOfError(error: unknown): Problem {
  if (isProblemError(error)) return error.problem;
  return { status: 500, code: 'INTERNAL.ERROR', fields: [], extensions: {} };
}

export function fileStateOf<T>(query: QueryLike<T>): FileState<T> {
  if (query.error) {
    const problem = problemOfError(query.error);
    if (problem.status === 404 && problem.code === 'PERSON.NOT_FOUND') return { kind: 'none' };
    // Asking to unmask without the role is a refusal of the request, not of the person.
    if (problem.status === 403 && problem.code !== 'PRIVACY.UNMASK_FORBIDDEN') return { kind: 'forbidden', problem };
    return { kind: 'failed', problem };
  }
  if (query.isPending || query.data === undefined) return { kind: 'loading' };
  return { kind: 'found', data: query.data };
}

/** The data when found, else null: for the parts of the page that combine services. */
export function foundData<T>(state: FileState<T>): T | null {
  return state.kind === 'found' ? state.data : null;
}
